package org.incidentdesk.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The production scheduler on a clock the test sets. The clock stands still, so nothing falls due by itself;
 * every check waits on a condition (what ran, how often the re-arm callbacks were called), never on a delay.
 */
class SystemSchedulerTest {
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration FAST_SWEEP = Duration.ofMillis(50);

    private final SimulatedClock clock = new SimulatedClock(START, ZoneOffset.UTC);
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private SystemScheduler scheduler;

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    @Test
    void withNothingDueItsThreadIsParked() {
        scheduler = new SystemScheduler(clock);
        waitUntil(() -> parked(scheduler.thread()));

        scheduler.schedule("next week", START.plus(Duration.ofDays(7)), () -> ran.add("next week"));
        waitUntil(() -> parked(scheduler.thread()));
        assertEquals(List.of(), ran);
    }

    @Test
    void aTaskRunsOnceWhenTheClockReachesItsInstant() {
        scheduler = new SystemScheduler(clock, FAST_SWEEP);
        AtomicInteger sweeps = countSweeps();
        scheduler.schedule("report", START.plusSeconds(60), () -> ran.add("report"));

        int before = sweeps.get();
        waitUntil(() -> sweeps.get() >= before + 2);
        assertEquals(List.of(), ran, "two sweeps later, at an unchanged clock, the task still waits");

        clock.set(START.plusSeconds(60));
        waitUntil(() -> ran.size() == 1);
        int after = sweeps.get();
        waitUntil(() -> sweeps.get() >= after + 2);
        assertEquals(List.of("report"), ran, "it ran once");
        assertEquals(List.of(), scheduler.armed());
    }

    @Test
    void anEarlierTaskWakesTheThreadBeforeTheLaterOne() {
        scheduler = new SystemScheduler(clock);
        scheduler.schedule("later", START.plus(Duration.ofHours(2)), () -> ran.add("later"));
        waitUntil(() -> parked(scheduler.thread()));

        scheduler.schedule("overdue", START.minusSeconds(1), () -> ran.add("overdue"));

        waitUntil(() -> ran.contains("overdue"));
        assertEquals(List.of("overdue"), ran);
    }

    @Test
    void tasksDueAtTheSameInstantRunInTheOrderScheduled() {
        scheduler = new SystemScheduler(clock);
        for (String name : List.of("a", "b", "c", "d")) {
            scheduler.schedule(name, START.plusSeconds(10), () -> ran.add(name));
        }
        clock.set(START.plusSeconds(10));
        scheduler.schedule("nudge", START.plusSeconds(11), () -> ran.add("nudge"));

        waitUntil(() -> ran.size() == 4);
        assertEquals(List.of("a", "b", "c", "d"), ran);
    }

    @Test
    void aCancelledTaskNeverRuns() {
        scheduler = new SystemScheduler(clock, FAST_SWEEP);
        ScheduledTask cancelled = scheduler.schedule("cancelled", START.plusSeconds(5), () -> ran.add("cancelled"));
        scheduler.schedule("kept", START.plusSeconds(6), () -> ran.add("kept"));

        assertTrue(scheduler.cancel(cancelled));
        clock.set(START.plusSeconds(10));

        waitUntil(() -> ran.contains("kept"));
        assertEquals(List.of("kept"), ran);
    }

    @Test
    void aClockJumpBackwardsIsNoticedAndTheTaskWaitsForTimeToReachItAgain() {
        scheduler = new SystemScheduler(clock, Duration.ofHours(1));
        AtomicInteger rearms = countSweeps();
        scheduler.schedule("deadline", START.plusSeconds(600), () -> ran.add("deadline"));
        waitUntil(() -> parked(scheduler.thread()));

        clock.set(START.minus(Duration.ofHours(1)));
        scheduler.schedule("nudge", START.plus(Duration.ofDays(1)), () -> ran.add("nudge"));
        waitUntil(() -> rearms.get() == 1);
        assertEquals(List.of(), ran, "the jump back was noticed and the deadline is still ahead");
        assertTrue(scheduler.armed().stream().anyMatch(t -> t.name().equals("deadline")));

        clock.set(START.plusSeconds(600));
        scheduler.schedule("nudge again", START.plus(Duration.ofDays(1)), () -> ran.add("nudge"));
        waitUntil(() -> ran.contains("deadline"));
    }

    @Test
    void aClockJumpForwardRunsWhatFellDueAndReArms() {
        scheduler = new SystemScheduler(clock, FAST_SWEEP);
        AtomicInteger rearms = countSweeps();
        scheduler.schedule("deadline", START.plus(Duration.ofHours(1)), () -> ran.add("deadline"));
        waitUntil(() -> parked(scheduler.thread()));

        clock.set(START.plus(Duration.ofHours(3)));

        waitUntil(() -> ran.contains("deadline") && rearms.get() > 0);
        assertFalse(scheduler.armed().stream().anyMatch(t -> t.name().equals("deadline")));
    }

    private AtomicInteger countSweeps() {
        AtomicInteger count = new AtomicInteger();
        scheduler.onRearm(count::incrementAndGet);
        return count;
    }

    private static boolean parked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 10 s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
