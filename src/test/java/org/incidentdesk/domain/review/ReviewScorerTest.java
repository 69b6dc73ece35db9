package org.incidentdesk.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.escalation.DoneAction;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.junit.jupiter.api.Test;

/** The deadlines scored against the plan, and the time-to figures, from hand-made records. */
class ReviewScorerTest {
    private static final Instant DUE = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant NOW = DUE.plus(Duration.ofHours(1));

    static Deadline deadline(long id, String rule, DeadlineAction action, DeadlineState state, Instant due,
                             Instant metAt) {
        return new Deadline(id, 1, rule, 1, action, "报送" + rule, "office", null, "II", "EVENT_TIME",
                due.minus(Duration.ofHours(1)), due, state, null, null, 0, null, null, metAt,
                metAt == null ? null : "值班员", 0);
    }

    private static DeadlineScore score(Deadline... deadlines) {
        return ReviewScorer.score(List.of(deadlines), NOW, role -> "名称:" + role);
    }

    @Test
    void metLateAndMissedDeadlinesScoreWithTheirMarginOrDelayInMinutes() {
        DeadlineScore score = score(
                deadline(1, "a", DeadlineAction.REPORT_FIRST, DeadlineState.MET, DUE, DUE.minus(Duration.ofMinutes(15))),
                deadline(2, "b", DeadlineAction.RESPOND, DeadlineState.MET, DUE, DUE.plus(Duration.ofMinutes(30))),
                deadline(3, "c", DeadlineAction.REPORT_FINAL, DeadlineState.MISSED, DUE, null));

        ScoredDeadline met = score.rows().get(0);
        assertEquals(DeadlineOutcome.MET, met.outcome());
        assertEquals(-15, met.delayMinutes(), "done 15 minutes ahead: a margin, written as a negative delay");
        assertEquals(Duration.ofMinutes(15), met.margin());
        assertEquals(Duration.ZERO, met.lateBy());
        assertEquals("名称:office", met.owner(), "who owed it, by the plan's name for the role");
        assertEquals("报送a", met.act());
        assertEquals(PlanSection.INITIAL_RESPONSE, met.section());

        ScoredDeadline late = score.rows().get(1);
        assertEquals(DeadlineOutcome.LATE, late.outcome());
        assertEquals(30, late.delayMinutes());
        assertEquals(Duration.ZERO, late.margin());
        assertEquals(PlanSection.PUBLIC_INFORMATION, late.section());

        ScoredDeadline missed = score.rows().get(2);
        assertEquals(DeadlineOutcome.MISSED, missed.outcome());
        assertNull(missed.doneAt());
        assertNull(missed.delayMinutes(), "never done: no delay to measure");
        assertEquals(PlanSection.AFTERMATH, missed.section());

        assertEquals(1, score.met());
        assertEquals(1, score.late());
        assertEquals(1, score.missed());
        assertEquals(3, score.scored());
        assertEquals(1.0 / 3, score.shareMet().getAsDouble(), 1e-9, "late is not met");
    }

    @Test
    void aDeadlineSupersededByAReAssessedLevelIsListedApartAndNotScoredAsMissed() {
        DeadlineScore score = score(
                deadline(1, "report-significant", DeadlineAction.REPORT_FIRST, DeadlineState.SUPERSEDED, DUE, null),
                deadline(2, "report-major", DeadlineAction.REPORT_FIRST, DeadlineState.MET, DUE.minus(Duration.ofHours(1)),
                        DUE.minus(Duration.ofHours(1))));

        assertEquals(List.of(2L), score.rows().stream().map(ScoredDeadline::deadlineId).toList());
        assertEquals(List.of(1L), score.superseded().stream().map(ScoredDeadline::deadlineId).toList());
        assertEquals(DeadlineOutcome.SUPERSEDED, score.superseded().getFirst().outcome());
        assertEquals(0, score.missed());
        assertEquals(1, score.scored());
        assertEquals(1.0, score.shareMet().getAsDouble(), "met exactly at due counts as met; the old rule counts for nothing");
        assertEquals(DeadlineOutcome.MET, score.rows().getFirst().outcome());
        assertEquals(0, score.rows().getFirst().delayMinutes());
    }

    @Test
    void stillOwedPastDueIsMissedWithItsDelaySoFarAndNotYetDueIsPendingAndUncounted() {
        DeadlineScore score = score(
                deadline(1, "a", DeadlineAction.REPORT_FOLLOW_UP, DeadlineState.OVERDUE, DUE, null),
                deadline(2, "b", DeadlineAction.REPORT_SUMMARY, DeadlineState.OPEN, NOW.plus(Duration.ofDays(1)), null));

        assertEquals(DeadlineOutcome.MISSED, score.rows().get(0).outcome());
        assertEquals(60, score.rows().get(0).delayMinutes(), "due an hour before now");
        assertEquals(DeadlineOutcome.PENDING, score.rows().get(1).outcome());
        assertNull(score.rows().get(1).delay());
        assertEquals(1, score.scored());
        assertEquals(0.0, score.shareMet().getAsDouble());
    }

    @Test
    void noDeadlinesOrOnlySupersededOnesGiveNoShareRatherThanADivisionByZero() {
        DeadlineScore none = score();
        assertEquals(0, none.scored());
        assertTrue(none.shareMet().isEmpty());
        DeadlineScore onlySuperseded = score(deadline(1, "a", DeadlineAction.ASSESS, DeadlineState.SUPERSEDED, DUE, null));
        assertTrue(onlySuperseded.shareMet().isEmpty());
        assertTrue(onlySuperseded.rows().isEmpty());
    }

    @Test
    void rowsComeByDueAndEachMapsToThePlanSectionItEvidences() {
        DeadlineScore score = score(
                deadline(5, "forward-to-department", DeadlineAction.FORWARD, DeadlineState.MET, DUE, DUE),
                deadline(4, "warning-within", DeadlineAction.ASSESS, DeadlineState.MET, DUE.minusSeconds(60), DUE),
                deadline(3, "assess-level", DeadlineAction.ASSESS, DeadlineState.MET, DUE.minusSeconds(120), DUE));
        assertEquals(List.of(3L, 4L, 5L), score.rows().stream().map(ScoredDeadline::deadlineId).toList());
        assertEquals(List.of(PlanSection.ASSESSMENT, PlanSection.WARNING, PlanSection.HANDLING),
                score.rows().stream().map(ScoredDeadline::section).toList());
        assertEquals(1, score.evidenceOf(PlanSection.WARNING).size());
        assertTrue(score.evidenceOf(PlanSection.AFTERMATH).isEmpty());
    }

    @Test
    void aLaterOccurrenceOfARepeatingRuleIsNamedWithItsNumber() {
        Deadline second = new Deadline(9, 1, "follow-up", 2, DeadlineAction.REPORT_FOLLOW_UP, "续报", "office", null,
                "I", "EVENT_TIME", DUE, DUE.plus(Duration.ofHours(2)), DeadlineState.MET, null, null, 0, null, null,
                DUE.plus(Duration.ofHours(1)), "甲", 0);
        assertEquals("续报 #2", ReviewScorer.score(List.of(second), NOW, r -> r).rows().getFirst().act());
    }

    // ---- time-to figures

    private static final Instant HAPPENED = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant DISCOVERED = HAPPENED.plus(Duration.ofMinutes(30));

    private static TimelineEntry entry(long id, Instant at, TimelineFact fact) {
        return new TimelineEntry(id, 1, at, "甲", fact, null, false);
    }

    private static Instant at(int minutesAfterEvent) {
        return HAPPENED.plus(Duration.ofMinutes(minutesAfterEvent));
    }

    @Test
    void timesFromTheEventAndFromDiscoveryToEachMilestoneTakeTheFirstTimeItWasReached() {
        List<DoneAction> done = List.of(new DoneAction(DeadlineAction.REPORT_FIRST, at(120)),
                new DoneAction(DeadlineAction.REPORT_FIRST, at(60)), new DoneAction(DeadlineAction.RESPOND, at(100)));
        List<TimelineEntry> timeline = List.of(
                entry(1, at(70), new TimelineFact.WarningStep(1, "2026-Y001", WarningChangeKind.PROPOSED, null, "II")),
                entry(2, at(80), new TimelineFact.StatementReleased(7)),
                entry(3, at(90), new TimelineFact.WarningStep(1, "2026-Y001", WarningChangeKind.APPROVED, null, "II")),
                entry(4, at(300), new TimelineFact.PhaseMoved(IncidentPhase.HANDLING, IncidentPhase.ENDED)),
                entry(5, at(400), new TimelineFact.PhaseMoved(IncidentPhase.ENDED, IncidentPhase.AFTERMATH)));

        TimeToFigures times = ReviewScorer.times(HAPPENED, DISCOVERED, done, timeline);

        assertTrue(times.eventTimeKnown());
        assertEquals(Optional.of(Duration.ofMinutes(60)), times.fromEvent(Milestone.FIRST_REPORT), "the earlier report");
        assertEquals(Optional.of(Duration.ofMinutes(30)), times.fromDiscovery(Milestone.FIRST_REPORT));
        assertEquals(Optional.of(Duration.ofMinutes(80)), times.fromEvent(Milestone.FIRST_PUBLIC_RESPONSE),
                "the statement released before the act recorded later");
        assertEquals(Optional.of(Duration.ofMinutes(90)), times.fromEvent(Milestone.WARNING),
                "a proposal is not yet a warning; the approval is");
        assertEquals(Optional.of(Duration.ofMinutes(270)), times.fromDiscovery(Milestone.CALM));
    }

    @Test
    void anUnknownEventTimeCountsFromDiscoveryAndAMilestoneNotReachedHasNoFigure() {
        TimeToFigures times = ReviewScorer.times(null, DISCOVERED, List.of(), List.of());
        assertFalse(times.eventTimeKnown());
        assertEquals(DISCOVERED, times.eventAt());
        assertTrue(times.fromEvent(Milestone.FIRST_REPORT).isEmpty());
        assertTrue(times.fromDiscovery(Milestone.CALM).isEmpty());
    }
}
