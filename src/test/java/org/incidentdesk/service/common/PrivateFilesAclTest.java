package org.incidentdesk.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows side of issue 20.5 ("check the inherited ACL"), tested where it can be on Linux: where a file system
 * has no POSIX permissions but ACLs, the file's inherited entries (Users, Everyone…) are replaced by one entry for
 * its owner; a folder's entry is inherited by what is created in it later; an ACL already owner-only is left alone;
 * and where POSIX permissions exist they are used, not the ACL.
 */
class PrivateFilesAclTest {
    private static final UserPrincipal OWNER = () -> "DESKTOP-QX\\duty";
    private static final UserPrincipal USERS = () -> "BUILTIN\\Users";

    /** An NTFS file as Windows creates it under a shared folder: the owner, SYSTEM and Users inherited. */
    private static final class FakeAcl implements AclFileAttributeView {
        List<AclEntry> entries = new ArrayList<>(List.of(allow(OWNER, true), allow(USERS, true)));
        int writes;

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return List.copyOf(entries);
        }

        @Override
        public void setAcl(List<AclEntry> acl) {
            entries = new ArrayList<>(acl);
            writes++;
        }

        @Override
        public UserPrincipal getOwner() {
            return OWNER;
        }

        @Override
        public void setOwner(UserPrincipal owner) {
            throw new UnsupportedOperationException();
        }
    }

    private static AclEntry allow(UserPrincipal who, boolean inherited) {
        AclEntry.Builder b = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who)
                .setPermissions(AclEntryPermission.READ_DATA, AclEntryPermission.READ_ATTRIBUTES);
        if (inherited) {
            b.setFlags(AclEntryFlag.INHERIT_ONLY);
        }
        return b.build();
    }

    @Test
    void withoutPosixAFilesInheritedEntriesGiveWayToOneEntryForItsOwner() throws IOException {
        FakeAcl acl = new FakeAcl();

        assertTrue(PrivateFiles.makePrivate(null, acl, false));

        assertEquals(1, acl.entries.size(), acl.entries.toString());
        AclEntry only = acl.entries.getFirst();
        assertEquals(OWNER, only.principal());
        assertEquals(AclEntryType.ALLOW, only.type());
        assertEquals(EnumSet.allOf(AclEntryPermission.class), only.permissions());
        assertEquals(Set.of(), only.flags(), "a file's entry is not inherited by anything");
        assertFalse(acl.entries.stream().anyMatch(e -> e.principal().equals(USERS)), "Users can no longer read it");
    }

    @Test
    void aFoldersEntryIsInheritedByFilesAndFoldersCreatedInItLater() throws IOException {
        FakeAcl acl = new FakeAcl();

        PrivateFiles.makePrivate(null, acl, true);

        assertEquals(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT),
                acl.entries.getFirst().flags());
        assertEquals(OWNER, acl.entries.getFirst().principal());
    }

    @Test
    void anAclAlreadyOwnerOnlyIsNotRewritten() throws IOException {
        FakeAcl acl = new FakeAcl();
        PrivateFiles.makePrivate(null, acl, false);

        assertFalse(PrivateFiles.makePrivate(null, acl, false));
        assertEquals(1, acl.writes);
    }

    @Test
    void wherePosixPermissionsExistTheyAreUsedAndTheAclIsLeftAlone(@TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("roster.csv"));
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        Assumptions.assumeTrue(posix != null, "a POSIX file system");
        posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        FakeAcl acl = new FakeAcl();

        assertTrue(PrivateFiles.makePrivate(posix, acl, false));

        assertEquals(0, acl.writes);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void whereNeitherExistsNothingIsClaimed() throws IOException {
        assertFalse(PrivateFiles.makePrivate(null, null, false));
    }
}
