package org.incidentdesk.app;

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
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.store.DatabaseEncryption;
import org.incidentdesk.store.DatabaseFiles;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.store.DatabaseUnavailableException;
import org.incidentdesk.store.DatabaseUnavailableException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20.5, encryption at rest on the program's real composition root: an encrypted database opens only with its
 * key (a wrong or missing key is refused by reason, before or by H2), and its file holds none of what was written
 * in readable form (UTF-8, or H2's own form of a string: {@link PlainText}) — the same check on a plain database
 * finds it, so the check can fail.
 */
class EncryptedDatabaseTest {
    static final String TITLE = "网传青溪县城东水厂投毒谣言核查事件";
    static final String MOBILE = "13912345678";
    static final String PERSON = "汪明远测试员";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DatabaseKey KEY = DatabaseKey.fromPassword("青溪-值班-2026".toCharArray());

    @TempDir
    Path temp;

    @Test
    void anEncryptedDatabaseFileHoldsNoneOfWhatWasWrittenInReadableForm() throws IOException {
        Path dataDir = temp.resolve("office");
        writeDistinctiveRows(dataDir, KEY);

        byte[] file = Files.readAllBytes(DatabaseFiles.fileIn(dataDir));
        assertFalse(PlainText.in(file, TITLE), "the incident title is not in the file");
        assertFalse(PlainText.in(file, MOBILE), "the mobile number is not in the file");
        assertFalse(PlainText.in(file, PERSON), "the person's name is not in the file");
        assertFalse(PlainText.in(file, "INCIDENT"), "not even a table name is readable");
        assertTrue(DatabaseEncryption.isEncrypted(dataDir));
        assertTrue(Files.exists(dataDir.resolve(DatabaseEncryption.MARKER_FILE)), "the directory is marked");
        try (AppContext again = AppContext.openEmbedded(dataDir, CLOCK, ZONE, KEY)) {
            assertTrue(again.incidents().list().stream().anyMatch(i -> i.title().equals(TITLE)), "it reads back");
        }
    }

    @Test
    void thePlainDatabaseFileHoldsThemReadably_soTheCheckAboveCanFail() throws IOException {
        Path dataDir = temp.resolve("plain");
        writeDistinctiveRows(dataDir, DatabaseKey.NONE);

        byte[] file = Files.readAllBytes(DatabaseFiles.fileIn(dataDir));
        assertTrue(PlainText.in(file, TITLE), "the incident title is in the plain file");
        assertTrue(PlainText.in(file, MOBILE), "the mobile number is in the plain file");
        assertTrue(PlainText.in(file, PERSON), "the person's name is in the plain file");
        assertFalse(DatabaseEncryption.isEncrypted(dataDir));
        assertFalse(Files.exists(dataDir.resolve(DatabaseEncryption.MARKER_FILE)));
    }

    @Test
    void aWrongKeyIsRefusedAsSuch_andTheDatabaseStillOpensWithTheRightOne() {
        Path dataDir = temp.resolve("office");
        writeDistinctiveRows(dataDir, KEY);

        DatabaseKey wrong = DatabaseKey.fromPassword("青溪-值班-2025".toCharArray());
        var refused = assertThrows(DatabaseUnavailableException.class,
                () -> AppContext.openEmbedded(dataDir, CLOCK, ZONE, wrong));
        assertEquals(Reason.WRONG_KEY, refused.reason(), refused.getMessage());
        var noKey = assertThrows(DatabaseUnavailableException.class,
                () -> AppContext.openEmbedded(dataDir, CLOCK, ZONE));
        assertEquals(Reason.KEY_NEEDED, noKey.reason());
        assertEquals("startup.failed.wrongKey", StartupProblem.of(refused, dataDir).messageKey());
        assertTrue(StartupProblem.isRefusal(refused));

        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZONE, KEY)) {
            assertEquals(1, office.incidents().list().stream().filter(i -> i.title().equals(TITLE)).count());
        }
    }

    @Test
    void aKeyForAnExistingPlainDatabaseIsRefused_itIsEncryptedOnlyOnPurpose() {
        Path dataDir = temp.resolve("plain");
        writeDistinctiveRows(dataDir, DatabaseKey.NONE);

        var refused = assertThrows(DatabaseUnavailableException.class,
                () -> AppContext.openEmbedded(dataDir, CLOCK, ZONE, KEY));
        assertEquals(Reason.NOT_ENCRYPTED, refused.reason());
        assertFalse(DatabaseEncryption.isEncrypted(dataDir), "nothing was changed");
    }

    @Test
    void aMarkerThatDisagreesWithTheFileIsOverruledByTheFile() throws IOException {
        Path dataDir = temp.resolve("office");
        writeDistinctiveRows(dataDir, KEY);
        Files.delete(dataDir.resolve(DatabaseEncryption.MARKER_FILE));

        assertTrue(DatabaseEncryption.isEncrypted(dataDir), "the file's own header says it is encrypted");
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZONE, KEY)) {
            assertTrue(Files.exists(dataDir.resolve(DatabaseEncryption.MARKER_FILE)), "the marker is written again");
        }
    }

    /** An incident with a distinctive title and a roster person with a mobile number, then closed. */
    static void writeDistinctiveRows(Path dataDir, DatabaseKey key) {
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZONE, key)) {
            office.incidents().intake(new Intake(TITLE, "inquiry", null, null, IncidentFacts.NONE));
            long unit = office.roster().load().units().getFirst().id();
            office.roster().savePerson(new Person(null, PERSON, unit, null, MOBILE, null, null, null, List.of(), 0));
        }
    }
}
