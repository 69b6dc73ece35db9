package org.incidentdesk.app;

import org.incidentdesk.domain.common.FieldChange;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dataDir;

    /** A clock that fails only for the plan service: the demo roster seeds, then seeding its plan fails. */
    private static final class FailingForPlans extends Clock {
        final IllegalStateException failure = new IllegalStateException("plan seeding fails");

        @Override
        public Instant instant() {
            boolean forPlans = StackWalker.getInstance()
                    .walk(frames -> frames.anyMatch(f -> f.getClassName().equals(PlanService.class.getName())));
            if (forPlans) {
                throw failure;
            }
            return NOW;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aFailureWhileSeedingClosesTheDatabaseAndPropagates() throws IOException {
        FailingForPlans clock = new FailingForPlans();

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> AppContext.openEmbedded(dataDir, clock, ZoneId.of("Asia/Shanghai")));

        assertSame(clock.failure, rootCause(thrown));
        // an open H2 database holds a lock on its file; once closed, the file can be locked again
        Path file = dataDir.resolve(Database.EMBEDDED_FILE_NAME + ".mv.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = assertDoesNotThrow(() -> channel.tryLock(), "the database is still open in this program");
            assertNotNull(lock, "another program holds the database file");
            lock.release();
        }
    }

    @Test
    void aSeedThatFailsHalfWayLeavesNothingAndTheNextStartSeedsTheWholeDemoOffice() {
        FailingForPlans failing = new FailingForPlans();
        assertThrows(RuntimeException.class, () -> AppContext.openEmbedded(dataDir, failing, SHANGHAI));

        Database afterFailure = Database.openEmbedded(dataDir);
        try {
            Store store = new Store(afterFailure, event -> { });
            Roster roster = store.inTransaction(s -> s.roster().load());
            assertEquals(List.of(), roster.units(), "no unit of the half-made seed is left");
            assertEquals(List.of(), roster.people(), "no person of the half-made seed is left");
            assertEquals(List.of(), store.inTransaction(s -> s.plans().list()), "no plan was stored");
        } finally {
            afterFailure.close();
        }

        try (AppContext next = AppContext.openEmbedded(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), SHANGHAI)) {
            Roster roster = next.roster().load();
            assertTrue(roster.units().stream().anyMatch(u -> u.kind() == UnitKind.COMMAND), "the command is seeded");
            assertTrue(roster.people().size() > 20, "the demo people are seeded: " + roster.people().size());
            assertEquals(DemoOffice.PLAN_NAME, next.plans().activePlan().orElseThrow().name(),
                    "the demo plan is seeded and active");
        }
    }

    @Test
    void anEmptyOfficeWithAHistoryOfChangesIsNotSeededAgain() {
        Database existing = Database.openEmbedded(dataDir);
        try {
            new Store(existing, event -> { }).run(s -> s.audit().append(new Stamp(NOW, new Actor("clerk")), "delete", "unit", 7L,
                    new FieldChange("name", "the office's last unit", null)));
        } finally {
            existing.close();
        }

        try (AppContext reopened = AppContext.openEmbedded(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), SHANGHAI)) {
            assertEquals(List.of(), reopened.roster().load().units(), "an office that emptied its roster stays empty");
            assertTrue(reopened.plans().activePlan().isEmpty(), "and gets no demo plan");
        }
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
