package org.incidentdesk.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedSchedulerTest {
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private final SimulatedClock clock = new SimulatedClock(START, ZoneOffset.UTC);
    private final SimulatedScheduler scheduler = new SimulatedScheduler(clock);
    private final List<String> ran = new ArrayList<>();

    private ScheduledTask at(String name, Instant due) {
        return scheduler.schedule(name, due, () -> ran.add(name + "@" + clock.instant()));
    }

    @Test
    void aTaskRunsOnceWhenTheClockPassesItsInstantAndNotBefore() {
        Instant due = START.plus(Duration.ofMinutes(30));
        at("report", due);

        scheduler.advanceBy(Duration.ofMinutes(29).plusSeconds(59));
        assertEquals(List.of(), ran);

        scheduler.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of("report@" + due), ran);

        scheduler.advanceBy(Duration.ofHours(5));
        assertEquals(1, ran.size(), "it ran once");
        assertEquals(List.of(), scheduler.armed());
        assertEquals(START.plus(Duration.ofMinutes(30)).plus(Duration.ofHours(5)), clock.instant());
    }

    @Test
    void tasksRunInDueOrderAndTasksDueAtTheSameInstantInTheOrderScheduled() {
        Instant t = START.plus(Duration.ofHours(1));
        at("third", t.plusSeconds(1));
        at("first-a", t);
        at("first-b", t);
        at("first-c", t);

        scheduler.advanceBy(Duration.ofHours(2));

        assertEquals(List.of("first-a@" + t, "first-b@" + t, "first-c@" + t, "third@" + t.plusSeconds(1)), ran);
    }

    @Test
    void armedListsTasksEarliestFirst() {
        ScheduledTask late = at("late", START.plusSeconds(60));
        ScheduledTask early = at("early", START.plusSeconds(10));
        assertEquals(List.of(early, late), scheduler.armed());
    }

    @Test
    void aCancelledTaskNeverRuns() {
        ScheduledTask task = at("cancelled", START.plusSeconds(60));
        at("kept", START.plusSeconds(60));

        assertTrue(scheduler.cancel(task));
        assertFalse(scheduler.cancel(task), "a second cancel finds nothing armed");
        scheduler.advanceBy(Duration.ofMinutes(10));

        assertEquals(List.of("kept@" + START.plusSeconds(60)), ran);
    }

    @Test
    void aTaskScheduledByARunningTaskRunsWhenItFallsDueWithinTheSameAdvance() {
        scheduler.schedule("reminder", START.plusSeconds(60), () -> {
            ran.add("reminder@" + clock.instant());
            at("follow-up", clock.instant().plusSeconds(60));
            at("tomorrow", clock.instant().plus(Duration.ofDays(1)));
        });

        scheduler.advanceBy(Duration.ofMinutes(5));

        assertEquals(List.of("reminder@" + START.plusSeconds(60), "follow-up@" + START.plusSeconds(120)), ran);
        assertEquals(List.of("tomorrow"), scheduler.armed().stream().map(ScheduledTask::name).toList());
    }

    @Test
    void movingTheClockBackwardsKeepsTheTaskArmedUntilTimeReachesItAgain() {
        Instant due = START.plus(Duration.ofMinutes(10));
        at("deadline", due);
        List<Instant> rearmedAt = new ArrayList<>();
        scheduler.onRearm(() -> rearmedAt.add(clock.instant()));

        Instant earlier = START.minus(Duration.ofHours(1));
        scheduler.jumpTo(earlier);
        assertEquals(List.of(earlier), rearmedAt, "a jump re-reads the source of truth");

        scheduler.advanceBy(Duration.ofMinutes(15));
        assertEquals(List.of(), ran, "15 minutes after the jump back is still before the deadline");

        scheduler.advanceTo(due);
        assertEquals(List.of("deadline@" + due), ran);
    }

    @Test
    void jumpingTheClockForwardRunsWhatFellDueInDueOrder() {
        at("b", START.plusSeconds(120));
        at("a", START.plusSeconds(60));
        at("later", START.plus(Duration.ofDays(2)));
        Instant jump = START.plus(Duration.ofHours(3));

        scheduler.jumpTo(jump);

        assertEquals(List.of("a@" + jump, "b@" + jump), ran, "overdue tasks run at the time they are noticed");
        assertEquals(List.of("later"), scheduler.armed().stream().map(ScheduledTask::name).toList());
    }

    @Test
    void aRearmCallbackReplacesWhatIsArmedFromTheSourceOfTruth() {
        List<Instant> truth = new ArrayList<>(List.of(START.plusSeconds(600)));
        List<ScheduledTask> mine = new ArrayList<>();
        Runnable rearm = () -> {
            mine.forEach(scheduler::cancel);
            mine.clear();
            truth.forEach(due -> mine.add(at("shift-end", due)));
        };
        scheduler.onRearm(rearm);
        rearm.run();

        truth.set(0, START.plusSeconds(60));
        scheduler.jumpTo(START.plusSeconds(30));
        scheduler.advanceBy(Duration.ofMinutes(2));

        assertEquals(List.of("shift-end@" + START.plusSeconds(60)), ran);
    }

    @Test
    void advancingBackwardsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> scheduler.advanceBy(Duration.ofSeconds(-1)));
    }

    @Test
    void aClosedSchedulerRunsNothing() {
        at("dropped", START.plusSeconds(1));
        scheduler.close();
        scheduler.advanceBy(Duration.ofMinutes(1));
        assertEquals(List.of(), ran);
    }

    @Test
    void everyViewOfTheSimulatedClockFollowsItsMoves() {
        var shanghai = clock.withZone(java.time.ZoneId.of("Asia/Shanghai"));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(START.plus(Duration.ofMinutes(5)), shanghai.instant());
    }
}
