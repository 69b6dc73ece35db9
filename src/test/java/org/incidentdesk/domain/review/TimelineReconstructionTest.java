package org.incidentdesk.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;
import org.junit.jupiter.api.Test;

/** The record regrouped by stage, with the metrics series and the action marks on one axis. */
class TimelineReconstructionTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static TimelineEntry entry(long id, int minutes, TimelineFact fact) {
        return new TimelineEntry(id, 1, at(minutes), "甲", fact, null, false);
    }

    private static MetricPoint point(int minutes, Long heat, Long comments) {
        return new MetricPoint(minutes, 1, at(minutes).atOffset(ZoneOffset.ofHours(8)), null, null, comments, null,
                heat, "", at(minutes), "甲");
    }

    @Test
    void entriesFallInTheStageThePhaseMovesBeforeThemOpenedAndTheMoveOpensItsOwnStage() {
        // given out of order: the reconstruction sorts by time
        List<TimelineEntry> timeline = List.of(
                entry(6, 50, new TimelineFact.PhaseMoved(IncidentPhase.HANDLING, IncidentPhase.ENDED)),
                entry(1, 0, new TimelineFact.Intake("网传停水")),
                entry(2, 5, new TimelineFact.PhaseMoved(IncidentPhase.RECEIVED, IncidentPhase.ASSESSING)),
                entry(3, 10, new TimelineFact.LevelDecided(1, "II", "较大", false)),
                entry(4, 20, new TimelineFact.PhaseMoved(IncidentPhase.ASSESSING, IncidentPhase.RESPONSE)),
                entry(5, 30, new TimelineFact.MetricsRecorded(1, null, null, 80L, null, 1200L, "")),
                entry(7, 60, new TimelineFact.Note()),
                entry(8, 40, new TimelineFact.DeadlineEvent(1, "report", 1,
                        org.incidentdesk.domain.escalation.DeadlineEventKind.REMINDED, "报告", "办公室", at(0), at(60),
                        null, 0, null, null, null, null, null)));

        ReconstructedTimeline t = TimelineReconstruction.of(timeline, List.of(), Set.of(3L, 7L));

        assertEquals(List.of(ReviewPhase.INITIAL, ReviewPhase.DURING, ReviewPhase.AFTERMATH),
                t.groups().stream().map(ReconstructedTimeline.PhaseGroup::phase).toList());
        assertEquals(List.of(1L, 2L, 3L), ids(t.groups().get(0)));
        assertEquals(List.of(4L, 5L, 8L), ids(t.groups().get(1)), "the move into the response opens 事中");
        assertEquals(List.of(6L, 7L), ids(t.groups().get(2)));
        assertEquals(List.of(3L, 7L), t.starred().stream().map(e -> e.entry().id()).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 6L, 7L), t.actions().stream().map(ReconstructedTimeline.ActionMark::entryId)
                .toList(), "metrics rows and the deadline's reminder are no action marks");
        assertTrue(t.actions().get(2).starred());
        assertFalse(t.actions().get(0).starred());
        assertEquals(TimelineKind.LEVEL, t.actions().get(2).kind());
        assertEquals(at(0), t.from());
        assertEquals(at(60), t.to());
    }

    @Test
    void aStageTheIncidentNeverReachedIsAbsent() {
        ReconstructedTimeline t = TimelineReconstruction.of(List.of(
                entry(1, 0, new TimelineFact.Intake("x")),
                entry(2, 5, new TimelineFact.PhaseMoved(IncidentPhase.RECEIVED, IncidentPhase.ASSESSING)),
                entry(3, 9, new TimelineFact.PhaseMoved(IncidentPhase.ASSESSING, IncidentPhase.ENDED))), List.of(), Set.of());
        assertEquals(List.of(ReviewPhase.INITIAL, ReviewPhase.AFTERMATH),
                t.groups().stream().map(ReconstructedTimeline.PhaseGroup::phase).toList());
    }

    @Test
    void theMetricsSeriesIsInTimeOrderAndWidensTheAxis() {
        ReconstructedTimeline t = TimelineReconstruction.of(List.of(entry(1, 10, new TimelineFact.Intake("x"))),
                List.of(point(90, 5000L, null), point(-5, 100L, 3L)), Set.of());
        assertEquals(List.of(at(-5), at(90)), t.metrics().stream().map(ReconstructedTimeline.MetricSample::at).toList());
        assertEquals(100L, t.metrics().get(0).heat());
        assertEquals(3L, t.metrics().get(0).comments());
        assertNull(t.metrics().get(1).comments(), "a figure not reported stays absent");
        assertEquals(at(-5), t.from());
        assertEquals(at(90), t.to());
    }

    @Test
    void anEmptyRecordHasNoGroupsAndNoAxis() {
        ReconstructedTimeline t = TimelineReconstruction.of(List.of(), List.of(), Set.of());
        assertTrue(t.groups().isEmpty());
        assertNull(t.from());
        assertNull(t.to());
    }

    private static List<Long> ids(ReconstructedTimeline.PhaseGroup group) {
        return group.entries().stream().map(e -> e.entry().id()).toList();
    }
}
