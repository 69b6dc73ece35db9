package org.incidentdesk.service.atrest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.incidentdesk.service.common.KeyEntry;
import org.incidentdesk.service.common.PrivateFiles;
import org.incidentdesk.service.common.ScratchFolder;
import org.incidentdesk.service.security.Unguarded;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseEncryption;
import org.incidentdesk.store.DatabaseFiles;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.store.DatabaseUnavailableException;

/**
 * Encryption of a data directory's database while no program has it open (issue 20.5): encrypt a plain database
 * (or create a new one encrypted), change the key, and the login H2's own tools need. Each rewrite happens on a
 * copy and replaces the file in one move once the copy opens with the new key and holds the same rows; a refusal
 * leaves everything as it was.
 *
 * <p>Encrypting an existing database does not reach what was written before: older backups, the replaced file's
 * blocks on the disk until they are overwritten. Choosing encryption at first run avoids both.
 */
public final class DatabaseEncryptionService {
    /** How H2's own tools log in: the JDBC URL, the user and the password (with a cipher, "file password user password"). */
    public record H2Login(String url, String user, String password, boolean encrypted) {
    }

    /**
     * Why no role is checked: the database is closed (or not yet open), and the accounts whose roles would be checked
     * live inside it, so nobody can have signed in; whoever can read and write the data directory (its owner, 0700)
     * can do this with H2's own tools anyway.
     */
    private static final String BEFORE_SIGN_IN = "works on the closed database before anyone can sign in: the "
            + "accounts live inside it; the data directory's owner is the authority";

    private final Path dataDir;

    public DatabaseEncryptionService(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    @Unguarded(BEFORE_SIGN_IN)
    public Path dataDir() {
        return dataDir;
    }

    @Unguarded(BEFORE_SIGN_IN)
    public boolean isEncrypted() {
        return DatabaseEncryption.isEncrypted(dataDir);
    }

    /**
     * Encrypts the plain database with the key {@code newKey} gives; a data directory without a database gets a new,
     * encrypted one.
     */
    @Unguarded(BEFORE_SIGN_IN)
    public void encrypt(KeyEntry newKey) {
        refuseWhileHeld();
        if (isEncrypted()) {
            throw new EncryptionRefused("dbkey.refused.alreadyEncrypted", dataDir);
        }
        DatabaseKey key = newKey(newKey);
        if (!Files.exists(DatabaseFiles.fileIn(dataDir))) {
            createDirectory();
            Database.openEmbedded(dataDir, key, Database.BeforeMigration.NONE).close();
        } else {
            rewrite(DatabaseKey.NONE, key);
        }
        PrivateFiles.tighten(dataDir);
    }

    /** Re-encrypts the database from the key {@code current} gives to the one {@code newKey} gives. */
    @Unguarded(BEFORE_SIGN_IN)
    public void changeKey(KeyEntry current, KeyEntry newKey) {
        refuseWhileHeld();
        if (!isEncrypted()) {
            throw new EncryptionRefused("dbkey.refused.notEncrypted", dataDir);
        }
        DatabaseKey from = existingKey(current);
        DatabaseKey to = newKey(newKey);
        rewrite(from, to);
        PrivateFiles.tighten(dataDir);
    }

    /** How to open this database with H2's own tools (the program closed); an encrypted one needs its key. */
    @Unguarded(BEFORE_SIGN_IN)
    public H2Login h2Login(KeyEntry current) {
        DatabaseKey key = isEncrypted() ? existingKey(current) : DatabaseKey.NONE;
        if (key.isEncrypted() && Files.exists(DatabaseFiles.fileIn(dataDir))) {
            checkKey(key);
        }
        String[] login = Database.embeddedLogin(key);
        return new H2Login(Database.embeddedUrl(dataDir, key), login[0], login[1], key.isEncrypted());
    }

    /** The key to open the data directory's database with: asked of {@code entry} only when it is encrypted. */
    @Unguarded(BEFORE_SIGN_IN)
    public DatabaseKey keyToOpen(KeyEntry entry) {
        return isEncrypted() ? existingKey(entry) : DatabaseKey.NONE;
    }

    /** The key of the existing database as {@code entry} gives it; not checked against the file yet. */
    @Unguarded(BEFORE_SIGN_IN)
    public DatabaseKey existingKey(KeyEntry entry) {
        char[] entered = entry.enter();
        try {
            if (entered == null || String.valueOf(entered).isBlank()) {
                throw new EncryptionRefused("dbkey.refused.none", dataDir);
            }
            return DatabaseKey.fromPassword(entered);
        } finally {
            clear(entered);
        }
    }

    /** A new key as {@code entry} gives it, refused when blank or too short. */
    @Unguarded(BEFORE_SIGN_IN)
    public static DatabaseKey newKey(KeyEntry entry, Path dataDir) {
        char[] entered = entry.enter();
        try {
            if (entered == null) {
                throw new EncryptionRefused("dbkey.refused.none", dataDir);
            }
            var weakness = DatabaseKey.weakness(entered);
            if (weakness.isPresent()) {
                throw new EncryptionRefused(weakness.get(), dataDir, DatabaseKey.MIN_NEW_LENGTH);
            }
            return DatabaseKey.fromPassword(entered);
        } finally {
            clear(entered);
        }
    }

    private DatabaseKey newKey(KeyEntry entry) {
        return newKey(entry, dataDir);
    }

    private void checkKey(DatabaseKey key) {
        Path scratch = scratch();
        try {
            Path copy = Files.copy(DatabaseFiles.fileIn(dataDir), scratch.resolve(DatabaseFiles.FILE_NAME));
            DatabaseFiles.inspect(copy, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DatabaseUnavailableException e) {
            throw refusal(e);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private void rewrite(DatabaseKey from, DatabaseKey to) {
        Path scratch = scratch();
        try {
            DatabaseEncryption.rewrite(dataDir, scratch, from, to);
        } catch (DatabaseUnavailableException e) {
            throw refusal(e);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private EncryptionRefused refusal(DatabaseUnavailableException e) {
        return switch (e.reason()) {
            case WRONG_KEY -> new EncryptionRefused(e, "dbkey.refused.wrong", dataDir);
            case LOCKED -> new EncryptionRefused(e, "dbkey.refused.held", dataDir);
            default -> throw e;
        };
    }

    private void refuseWhileHeld() {
        if (DatabaseFiles.isHeld(dataDir)) {
            throw new EncryptionRefused("dbkey.refused.held", dataDir);
        }
    }

    private void createDirectory() {
        try {
            PrivateFiles.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
    }

    private Path scratch() {
        createDirectory();
        return ScratchFolder.in(dataDir);
    }

    private static void clear(char[] entered) {
        if (entered != null) {
            Arrays.fill(entered, '\0');
        }
    }
}
