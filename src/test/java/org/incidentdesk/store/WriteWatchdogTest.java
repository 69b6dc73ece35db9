package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A transaction running past the bound is reported once, and the database answering again is reported too. */
class WriteWatchdogTest {
    private final AtomicLong now = new AtomicLong();
    private final WriteWatchdog watchdog = new WriteWatchdog(Duration.ofSeconds(20), now::get, false);
    private final List<WriteWatchdog.Overdue> reported = new ArrayList<>();
    private int answering;

    WriteWatchdogTest() {
        watchdog.onOverdue(reported::add);
        watchdog.onAnsweringAgain(() -> answering++);
    }

    @Test
    void aTransactionWithinTheBoundIsNotReported() {
        try (WriteWatchdog.Watch watch = watchdog.begin()) {
            now.addAndGet(Duration.ofSeconds(19).toNanos());
            watchdog.check();
        }
        assertEquals(List.of(), reported);
        assertFalse(watchdog.isOverdue());
    }

    @Test
    void aTransactionPastTheBoundIsReportedOnceWithItsThreadAndAnsweringAgainWhenItEnds() {
        WriteWatchdog.Watch watch = watchdog.begin();
        now.addAndGet(Duration.ofSeconds(21).toNanos());
        watchdog.check();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        watchdog.check();

        assertEquals(1, reported.size());
        assertEquals(Duration.ofSeconds(21), reported.getFirst().running());
        assertEquals(Thread.currentThread().getName(), reported.getFirst().thread());
        assertTrue(watchdog.isOverdue());
        assertEquals(0, answering);

        watch.close();
        assertEquals(1, answering);
        assertFalse(watchdog.isOverdue());
        assertEquals(0, watchdog.runningCount());
    }
}
