package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.store.DatabaseEncryption;
import org.incidentdesk.store.DatabaseFiles;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.ui.atrest.DatabaseKeyDialogs.FirstRunChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's start, key first: the first-run question decides whether the new database is encrypted; an
 * encrypted directory is asked its key again after a wrong one (saying so) until it opens; closing a question opens
 * and creates nothing; a plain directory is asked nothing.
 */
class KeyedStartTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String KEY = "青溪-值班-2026";

    @TempDir
    Path temp;

    /** Answers from a script and records what was asked. */
    private static final class Script implements KeyedStart.Questions {
        final Deque<Optional<char[]>> keys = new ArrayDeque<>();
        Optional<FirstRunChoice> firstRun = Optional.empty();
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<FirstRunChoice> firstRun() {
            asked.add("first run");
            return firstRun;
        }

        @Override
        public Optional<char[]> key(boolean afterWrongKey) {
            asked.add(afterWrongKey ? "key after a wrong one" : "key");
            return keys.removeFirst();
        }
    }

    private AppContext start(Path dataDir, Script script) {
        return KeyedStart.open(dataDir, script, key -> AppContext.openEmbedded(dataDir, CLOCK, ZONE, key));
    }

    @Test
    void firstRunChoosingAKeyCreatesTheDatabaseEncrypted_andTheNextStartAsksForIt() {
        Path dataDir = temp.resolve("office");
        Script first = new Script();
        first.firstRun = Optional.of(new FirstRunChoice(KEY.toCharArray()));
        start(dataDir, first).close();
        assertEquals(List.of("first run"), first.asked);
        assertTrue(DatabaseEncryption.isEncryptedFile(DatabaseFiles.fileIn(dataDir)));

        Script next = new Script();
        next.keys.add(Optional.of("青溪-值班-2025".toCharArray()));
        next.keys.add(Optional.of(KEY.toCharArray()));
        try (AppContext office = start(dataDir, next)) {
            assertFalse(office.roster().load().people().isEmpty(), "the demo office was seeded in the encrypted one");
        }
        assertEquals(List.of("key", "key after a wrong one"), next.asked);
    }

    @Test
    void firstRunChoosingNoEncryptionCreatesAPlainDatabase_andLaterStartsAskNothing() {
        Path dataDir = temp.resolve("office");
        Script first = new Script();
        first.firstRun = Optional.of(new FirstRunChoice(null));
        start(dataDir, first).close();
        assertFalse(DatabaseEncryption.isEncrypted(dataDir));

        Script next = new Script();
        start(dataDir, next).close();
        assertEquals(List.of(), next.asked);
    }

    @Test
    void closingAQuestionOpensAndCreatesNothing() {
        Path fresh = temp.resolve("fresh");
        assertThrows(KeyedStart.Cancelled.class, () -> start(fresh, new Script()));
        assertFalse(Files.exists(DatabaseFiles.fileIn(fresh)), "no database was created");

        Path encrypted = temp.resolve("encrypted");
        AppContext.openEmbedded(encrypted, CLOCK, ZONE, DatabaseKey.fromPassword(KEY.toCharArray())).close();
        Script gaveUp = new Script();
        gaveUp.keys.add(Optional.empty());
        var cancelled = assertThrows(KeyedStart.Cancelled.class, () -> start(encrypted, gaveUp));
        assertEquals("startup.failed.keyNotGiven", StartupProblem.of(cancelled, encrypted).messageKey());
    }
}
