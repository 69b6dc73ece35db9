package org.incidentdesk.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.app.PlainText;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.KeyEntry;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseEncryption;
import org.incidentdesk.store.DatabaseFiles;
import org.incidentdesk.store.DatabaseKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20.5: the backup of an encrypted database stays encrypted — neither the backup file nor the database file
 * inside it (once unpacked: gzip alone would hide text from a search too) holds what was written — and it restores
 * only with its key; the same search of a plain backup's database finds the text, so the search can fail.
 */
class EncryptedBackupTest {
    private static final String TITLE = "网传青溪县城东水厂投毒谣言核查事件";
    private static final String MOBILE = "13912345678";
    private static final String PASSWORD = "青溪-值班-2026";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    @Test
    void theBackupOfAnEncryptedDatabaseHoldsNoReadableTextAndRestoresWithTheKey() throws IOException {
        DatabaseKey key = DatabaseKey.fromPassword(PASSWORD.toCharArray());
        Path dataDir = dir.resolve("office");
        Path backup = dir.resolve("encrypted.idbackup");
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZONE, key)) {
            writeDistinctiveRows(office);
            office.backups().backupTo(backup);
            office.incidents().intake(new Intake("备份之后的事件", "inquiry", null, null, IncidentFacts.NONE));
        }
        Path unpacked = Files.createDirectory(dir.resolve("unpacked")).resolve(DatabaseFiles.FILE_NAME);
        BackupFile.extractDatabase(backup, unpacked);
        for (Path file : List.of(backup, unpacked)) {
            byte[] bytes = Files.readAllBytes(file);
            assertFalse(PlainText.in(bytes, TITLE), file + " holds the title");
            assertFalse(PlainText.in(bytes, MOBILE), file + " holds the mobile number");
        }
        assertTrue(DatabaseEncryption.isEncryptedFile(unpacked), "the database in the backup is the encrypted file");

        RestoreService restorer = new RestoreService(dataDir, CLOCK, Database.BeforeMigration.NONE,
                ActorSource.operatingSystemUser());
        Map<String, List<String>> before = TableDump.of(DatabaseFiles.fileIn(dataDir), key);
        BackupRefused noKey = assertThrows(BackupRefused.class, () -> restorer.restore(backup));
        assertEquals("restore.refused.keyNeeded", noKey.messageKey());
        BackupRefused wrong = assertThrows(BackupRefused.class,
                () -> restorer.restore(backup, entry("青溪-值班-2025")));
        assertEquals("restore.refused.wrongKey", wrong.messageKey());
        assertEquals(before, TableDump.of(DatabaseFiles.fileIn(dataDir), key), "refusals change nothing");

        restorer.restore(backup, entry(PASSWORD));

        try (AppContext restored = AppContext.openEmbedded(dataDir, CLOCK, ZONE, key)) {
            List<String> titles = restored.incidents().list().stream().map(i -> i.title()).toList();
            assertTrue(titles.contains(TITLE), "the incident before the backup is back: " + titles);
            assertFalse(titles.contains("备份之后的事件"), "the incident taken after the backup is gone: " + titles);
        }
        assertTrue(DatabaseEncryption.isEncrypted(dataDir), "the restored database is still encrypted");
        assertFalse(PlainText.in(DatabaseFiles.fileIn(dataDir), TITLE));
    }

    @Test
    void thePlainBackupsDatabaseHoldsTheText_soTheSearchAboveCanFail() throws IOException {
        Path backup = dir.resolve("plain.idbackup");
        try (AppContext office = AppContext.openEmbedded(dir.resolve("plain"), CLOCK, ZONE)) {
            writeDistinctiveRows(office);
            office.backups().backupTo(backup);
        }
        Path unpacked = Files.createDirectory(dir.resolve("unpacked")).resolve(DatabaseFiles.FILE_NAME);
        BackupFile.extractDatabase(backup, unpacked);
        byte[] bytes = Files.readAllBytes(unpacked);
        assertTrue(PlainText.in(bytes, TITLE));
        assertTrue(PlainText.in(bytes, MOBILE));
    }

    private static void writeDistinctiveRows(AppContext office) {
        office.incidents().intake(new Intake(TITLE, "inquiry", null, null, IncidentFacts.NONE));
        long unit = office.roster().load().units().getFirst().id();
        office.roster().savePerson(new Person(null, "汪明远测试员", unit, null, MOBILE, null, null, null, List.of(), 0));
    }

    private static KeyEntry entry(String password) {
        return password::toCharArray;
    }
}
