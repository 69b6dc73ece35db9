package org.incidentdesk.service.backup;

import org.incidentdesk.service.common.ActorSource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * Backup and restore on a real embedded database: a restore gives back every row of every table; a damaged,
 * truncated or altered backup is refused with the data untouched; a restore is refused while the database is open.
 */
@Tag("embedded") // an embedded office (its H2 file, its checkpoints): left out of the PostgreSQL run
class BackupRestoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path dataDir() {
        return dir.resolve("office");
    }

    private Path liveFile() {
        return DatabaseFiles.fileIn(dataDir());
    }

    /** The program's services on the data directory (the demo office seeded), with one incident taken. */
    private BackupFixture office() {
        return new BackupFixture(dataDir(), CLOCK);
    }

    @Test
    void restoringABackupGivesBackEveryRowTableByTable() throws IOException {
        Path backup = dir.resolve("before.idbackup");
        try (BackupFixture office = office()) {
            office.intake("网传城东小区停水");
            BackupManifest manifest = office.backups().backupTo(backup);
            assertTrue(manifest.contents().rowCounts().get("INCIDENT") >= 1, manifest.toString());
        }
        Map<String, List<String>> atBackup = TableDump.of(liveFile());
        try (BackupFixture office = office()) {
            office.intake("网传城西学校食堂问题");
        }
        Map<String, List<String>> changed = TableDump.of(liveFile());
        assertNotEquals(atBackup.get("INCIDENT"), changed.get("INCIDENT"));

        RestoreService.Restored restored = restorer().restore(backup);

        Map<String, List<String>> now = TableDump.of(liveFile());
        assertEquals(atBackup.keySet(), now.keySet());
        for (String table : atBackup.keySet()) {
            assertEquals(atBackup.get(table), now.get(table), table);
        }
        Path kept = restored.keptAside().orElseThrow();
        assertTrue(kept.getFileName().toString().startsWith("incidentdesk-before-restore-"), kept.toString());
        assertEquals(changed, TableDump.of(kept), "the replaced database is kept whole");
        assertFalse(Files.exists(liveFile().resolveSibling(DatabaseFiles.FILE_NAME + ".before-restore")));
    }

    @Test
    void aBackupWithOneByteFlippedAnywhereOrTruncatedIsRefusedAndTheDataIsUnchanged() throws IOException {
        Path backup = dir.resolve("good.idbackup");
        try (BackupFixture office = office()) {
            office.backups().backupTo(backup);
            office.intake("备份之后的事件");
        }
        byte[] good = Files.readAllBytes(backup);
        String sidecar = Files.readString(BackupFile.sidecar(backup));
        byte[] live = Files.readAllBytes(liveFile());
        Path bad = dir.resolve("bad.idbackup");
        int[] positions = {10, good.length / 3, good.length / 2, good.length - 200, good.length - 30, good.length - 1};
        for (boolean withSidecar : new boolean[] {true, false}) {
            for (int at : positions) {
                byte[] flipped = good.clone();
                flipped[at] ^= 0x01;
                writeBackup(bad, flipped, withSidecar ? sidecar.replace("good.idbackup", "bad.idbackup") : null);
                assertThrows(BackupRefused.class, () -> restorer().restore(bad),
                        "byte " + at + " flipped, sidecar " + withSidecar);
                assertArrayEquals(live, Files.readAllBytes(liveFile()), "byte " + at + " flipped");
            }
            for (int length : new int[] {0, 100, good.length / 2, good.length - 1}) {
                writeBackup(bad, java.util.Arrays.copyOf(good, length),
                        withSidecar ? sidecar.replace("good.idbackup", "bad.idbackup") : null);
                assertThrows(BackupRefused.class, () -> restorer().restore(bad), "truncated to " + length);
                assertArrayEquals(live, Files.readAllBytes(liveFile()), "truncated to " + length);
            }
        }
        assertEquals(List.of(DatabaseFiles.FILE_NAME), Files.list(dataDir())
                .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mv.db")).toList());
    }

    @Test
    void aRestoreIsRefusedWhileTheDatabaseIsOpenAndChangesNothing() throws IOException {
        Path backup = dir.resolve("b.idbackup");
        try (BackupFixture office = office()) {
            office.backups().backupTo(backup);
            office.intake("恢复被拒之后仍在");
            BackupRefused refused = assertThrows(BackupRefused.class, () -> restorer().restore(backup));
            assertEquals("restore.refused.held", refused.messageKey());
            assertEquals(1, office.incidentCount(), "the incident taken after the backup is still there");
        }
    }

    @Test
    void aBackupIsTakenWhileTheProgramKeepsWritingAndHoldsWhatItsManifestSays() {
        Path backup = dir.resolve("busy.idbackup");
        try (BackupFixture office = office()) {
            Thread writer = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 20; i++) {
                    office.intake("并发写入 " + i);
                }
            });
            BackupManifest manifest = office.backups().backupTo(backup);
            try {
                writer.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            // the copy opened, and restore checks the rows in it against the manifest once more
            assertEquals(manifest, BackupFile.verify(backup));
        }
        RestoreService.Restored restored = restorer().restore(backup);
        assertEquals(restored.manifest().contents().rowCounts().get("INCIDENT"),
                (long) TableDump.of(liveFile()).get("INCIDENT").size());
    }

    private RestoreService restorer() {
        return new RestoreService(dataDir(), CLOCK, Database.BeforeMigration.NONE, ActorSource.operatingSystemUser());
    }

    private static void writeBackup(Path file, byte[] bytes, String sidecar) throws IOException {
        Files.write(file, bytes);
        Files.deleteIfExists(BackupFile.sidecar(file));
        if (sidecar != null) {
            Files.writeString(BackupFile.sidecar(file), sidecar);
        }
    }
}
