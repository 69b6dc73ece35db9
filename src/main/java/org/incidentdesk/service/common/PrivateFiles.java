package org.incidentdesk.service.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files and directories only their owner can read (issue 20.5): the data directory and all in it, the audit
 * checkpoints, exports. On POSIX a directory is made 0700 and a file 0600 at creation (given as the creation
 * attribute, so the umask never opens them even for a moment) and {@link #tighten} takes group and other
 * permissions from what an older version left. On Windows a new file inherits its folder's ACL (under
 * {@code %LOCALAPPDATA%} usually the owner, SYSTEM and Administrators; elsewhere possibly Users); there the owner is
 * given the only ACL entry, inheritance off, where the file system has ACLs. Elsewhere nothing can be done and
 * nothing is claimed.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /** Creates {@code dir} and any missing parents below an existing one, each owner-only; tightens {@code dir}. */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                createDirectories(parent);
            }
            if (isPosix(absolute)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } else {
                Files.createDirectory(absolute);
            }
        }
        makePrivate(absolute);
        return absolute;
    }

    /** Creates the new, empty file {@code file}, owner-only from the start. */
    public static Path createFile(Path file) throws IOException {
        Path created = isPosix(file)
                ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE))
                : Files.createFile(file);
        makePrivate(created);
        return created;
    }

    /** The creation attribute of an owner-only file on POSIX; none elsewhere. */
    public static FileAttribute<?>[] fileAttributes(Path folder) {
        return isPosix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /**
     * Takes every permission of group and others from {@code root} and everything below it (links are not
     * followed); owner-only ACL on Windows. Returns how many entries it changed. Unreadable corners are skipped.
     */
    public static int tighten(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int[] changed = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    changed[0] += makePrivate(dir) ? 1 : 0;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile() || attrs.isDirectory()) {
                        changed[0] += makePrivate(file) ? 1 : 0;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("making " + root + " private", e);
        }
        return changed[0];
    }

    /** Makes one file or directory owner-only; true if it was not. */
    public static boolean makePrivate(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return false; // a link is never followed out of the folder being tightened
        }
        // the POSIX view that follows links changes permissions by path (chmod); the no-follow one opens the file
        // to fchmod it, and closing that descriptor drops every POSIX lock this process holds on the file — H2's
        // lock on the open database among them, after which a second process opened the same file beside the window
        return makePrivate(Files.getFileAttributeView(path, PosixFileAttributeView.class),
                Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS),
                Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Makes a file owner-only through whichever view its file system offers: POSIX permissions where there are
     * (Linux, macOS), else an ACL (Windows, NTFS), else nothing. True if it changed anything.
     */
    static boolean makePrivate(PosixFileAttributeView posix, AclFileAttributeView acl, boolean directory)
            throws IOException {
        if (posix != null) {
            Set<PosixFilePermission> now = posix.readAttributes().permissions();
            if (now.stream().noneMatch(OPEN_TO_OTHERS::contains)) {
                return false;
            }
            Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
            kept.addAll(now);
            kept.removeAll(OPEN_TO_OTHERS);
            posix.setPermissions(kept);
            return true;
        }
        if (acl == null) {
            return false;
        }
        List<AclEntry> ownerOnly = ownerOnly(acl.getOwner(), directory);
        if (acl.getAcl().equals(ownerOnly)) {
            return false;
        }
        // an explicit ACL of the owner alone replaces the inherited entries (the JDK writes the DACL as given);
        // written for Windows from its documentation, not yet tried on a Windows desktop
        acl.setAcl(ownerOnly);
        return true;
    }

    /**
     * The ACL of a file only {@code owner} may use: one entry allowing the owner everything. A directory's entry is
     * also inherited by what is created in it later (files and folders), so a file H2 or the log creates there is
     * owner-only from its first moment, not only once {@link #tighten} has run.
     */
    static List<AclEntry> ownerOnly(UserPrincipal owner, boolean directory) {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return List.of(entry.build());
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
