package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {
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
            return Instant.parse("2026-03-02T02:00:00Z");
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

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
