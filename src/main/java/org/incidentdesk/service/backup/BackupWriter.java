package org.incidentdesk.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.incidentdesk.service.common.ScratchFolder;
import org.incidentdesk.service.importing.OutputTarget;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseContents;
import org.incidentdesk.store.DatabaseFiles;

/**
 * Takes one backup: a consistent copy of the open database file, opened once (a scratch copy of it) to prove it
 * is a database and to count its rows, then written with its manifest. The manifest's counts are therefore those
 * of the copy itself, not of the live database a moment before or after.
 */
final class BackupWriter {
    private final Clock clock;
    private final String programVersion;

    BackupWriter(Clock clock, String programVersion) {
        this.clock = clock;
        this.programVersion = programVersion;
    }

    BackupManifest write(Database.FileCopier copier, BackupReason reason, Path out) {
        Path parent = OutputTarget.check(out).toAbsolutePath().getParent();
        Instant created = clock.instant();
        Path scratch = ScratchFolder.in(parent);
        try {
            Path copy = scratch.resolve(DatabaseFiles.FILE_NAME);
            copier.copyTo(copy);
            String sha = BackupFile.sha256(copy);
            long bytes = Files.size(copy);
            Path check = Files.createDirectory(scratch.resolve("check")).resolve(DatabaseFiles.FILE_NAME);
            Files.copy(copy, check);
            DatabaseContents contents = DatabaseFiles.inspect(check, copier.key());
            BackupManifest manifest = new BackupManifest(created, reason, programVersion, DatabaseFiles.FILE_NAME,
                    sha, bytes, contents);
            BackupFile.write(out.toAbsolutePath(), copy, manifest);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("the backup could not be written to " + out + ": " + e.getMessage(), e);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }
}
