package org.incidentdesk.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.incidentdesk.service.common.KeyEntry;
import org.incidentdesk.service.common.PrivateFiles;
import org.incidentdesk.service.common.ScratchFolder;
import org.incidentdesk.service.importing.FileNames;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseContents;
import org.incidentdesk.store.DatabaseEncryption;
import org.incidentdesk.store.DatabaseFiles;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.store.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * Puts a backup back as the data directory's database ({@code incidentdesk restore FILE}), while no program has
 * the database open. In order, and stopping with the current data untouched at the first problem: the database
 * must not be held (the window holds it); the file must pass every check of {@link BackupFile#verify}; its
 * database, copied out, must open and hold the rows its manifest lists. Only then is the current database moved
 * aside and the restored one put in its place and opened (migrated, if older); if it does not open, the current
 * one goes back. Once it has opened, the old one is kept under a name the result gives.
 */
public final class RestoreService {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private final Path dataDir;
    private final Clock clock;
    private final Database.BeforeMigration beforeMigration;
    private final ActorSource actors;

    /** What was restored, and where the database it replaced now is (empty when there was none). */
    public record Restored(BackupManifest manifest, Optional<Path> keptAside) {
    }

    public RestoreService(Path dataDir, Clock clock, Database.BeforeMigration beforeMigration, ActorSource actors) {
        this.actors = actors;
        this.dataDir = dataDir.toAbsolutePath();
        this.clock = clock;
        this.beforeMigration = beforeMigration;
    }

    /** Restores {@code file}; an encrypted backup is refused, as no key can be asked for. */
    public Restored restore(Path file) {
        Access.require(actors, Permission.BACKUP_RESTORE);
        return restore(file, KeyEntry.NONE);
    }

    /**
     * Restores {@code file}; the backup of an encrypted database stays encrypted and needs its key (asked of
     * {@code keys} only then), and the data directory then runs on that key.
     */
    public Restored restore(Path file, KeyEntry keys) {
        Access.require(actors, Permission.BACKUP_RESTORE);
        if (DatabaseFiles.isHeld(dataDir)) {
            throw new BackupRefused("restore.refused.held", dataDir.toString());
        }
        BackupFile.verify(file); // before anything is written, even a scratch folder
        Path scratch = ScratchFolder.in(existing(dataDir));
        try {
            Path restored = scratch.resolve(DatabaseFiles.FILE_NAME);
            BackupManifest manifest = BackupFile.extractDatabase(file, restored);
            DatabaseKey key = DatabaseEncryption.isEncryptedFile(restored) ? keyOf(file, keys) : DatabaseKey.NONE;
            checkOpens(file, manifest, restored, scratch, key);
            return install(restored, manifest, key);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private static DatabaseKey keyOf(Path file, KeyEntry keys) {
        char[] entered = keys.enter();
        if (entered == null || String.valueOf(entered).isBlank()) {
            throw new BackupRefused("restore.refused.keyNeeded", FileNames.of(file));
        }
        try {
            return DatabaseKey.fromPassword(entered);
        } finally {
            Arrays.fill(entered, '\0');
        }
    }

    private static void checkOpens(Path file, BackupManifest manifest, Path restored, Path scratch, DatabaseKey key) {
        DatabaseContents contents;
        try {
            Path check = Files.createDirectory(scratch.resolve("check")).resolve(DatabaseFiles.FILE_NAME);
            Files.copy(restored, check);
            contents = DatabaseFiles.inspect(check, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DatabaseUnavailableException e) {
            throw new BackupRefused(e, "restore.refused.wrongKey", FileNames.of(file));
        } catch (IllegalStateException e) {
            throw new BackupRefused(e, "backup.refused.doesNotOpen", FileNames.of(file));
        }
        if (!contents.equals(manifest.contents())) {
            throw new BackupRefused("backup.refused.rowsDiffer", FileNames.of(file));
        }
    }

    private Restored install(Path restored, BackupManifest manifest, DatabaseKey key) {
        Path current = DatabaseFiles.fileIn(dataDir);
        Path aside = current.resolveSibling(DatabaseFiles.FILE_NAME + ".before-restore");
        boolean hadCurrent = Files.exists(current);
        try {
            if (hadCurrent) {
                Files.move(current, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(restored, current, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            putBack(current, aside, hadCurrent);
            throw new UncheckedIOException("the restored database could not be put in place: " + e.getMessage(), e);
        }
        try {
            Database.openEmbedded(dataDir, key, beforeMigration).close();
        } catch (RuntimeException e) {
            putBack(current, aside, hadCurrent);
            throw e;
        }
        PrivateFiles.tighten(dataDir); // the unpacked file followed the umask
        if (!hadCurrent) {
            return new Restored(manifest, Optional.empty());
        }
        Path kept = dataDir.resolve(Database.EMBEDDED_FILE_NAME + "-before-restore-"
                + STAMP.format(clock.instant()) + ".mv.db");
        try {
            Files.move(aside, kept, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("the replaced database stays as {}: {}", aside, e.getMessage());
            kept = aside;
        }
        LOG.info("restored {} (taken {}); the replaced database is kept as {}", manifest.databaseFile(),
                manifest.created(), kept);
        return new Restored(manifest, Optional.of(kept));
    }

    private static void putBack(Path current, Path aside, boolean hadCurrent) {
        try {
            Files.deleteIfExists(current);
            if (hadCurrent) {
                Files.move(aside, current, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the database could not be put back from " + aside
                    + "; move it back to " + current + " by hand", e);
        }
    }

    private static Path existing(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
    }
}
