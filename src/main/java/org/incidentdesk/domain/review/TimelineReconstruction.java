package org.incidentdesk.domain.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;

/**
 * Rebuilds {@link ReconstructedTimeline} from the typed record: the stage an entry belongs to is the stage of the
 * phase the incident was in when it was written, followed through the {@link TimelineFact.PhaseMoved} facts (the
 * move itself opens the stage it moves into). Linear in the entries after one sort.
 */
public final class TimelineReconstruction {
    private TimelineReconstruction() {
    }

    public static ReconstructedTimeline of(List<TimelineEntry> timeline, List<MetricPoint> metrics,
                                           Set<Long> starredEntryIds) {
        List<TimelineEntry> ordered = new ArrayList<>(timeline);
        ordered.sort(Comparator.comparing(TimelineEntry::at).thenComparingLong(TimelineEntry::id));
        Map<ReviewPhase, List<ReconstructedTimeline.ReviewEntry>> byStage = new EnumMap<>(ReviewPhase.class);
        List<ReconstructedTimeline.ActionMark> actions = new ArrayList<>();
        IncidentPhase phase = IncidentPhase.RECEIVED;
        for (TimelineEntry entry : ordered) {
            if (entry.fact() instanceof TimelineFact.PhaseMoved move) {
                phase = move.to();
            }
            ReviewPhase stage = ReviewPhase.of(phase);
            boolean starred = starredEntryIds.contains(entry.id());
            byStage.computeIfAbsent(stage, s -> new ArrayList<>())
                    .add(new ReconstructedTimeline.ReviewEntry(entry, stage, starred));
            if (isAction(entry.kind())) {
                actions.add(new ReconstructedTimeline.ActionMark(entry.at(), entry.id(), entry.kind(), starred));
            }
        }
        List<ReconstructedTimeline.PhaseGroup> groups = new ArrayList<>();
        byStage.forEach((stage, entries) -> groups.add(new ReconstructedTimeline.PhaseGroup(stage, entries)));
        List<ReconstructedTimeline.MetricSample> samples = metrics.stream()
                .map(p -> new ReconstructedTimeline.MetricSample(p.at().toInstant(), p.heatIndex(), p.comments()))
                .sorted(Comparator.comparing(ReconstructedTimeline.MetricSample::at)).toList();
        Instant from = null;
        Instant to = null;
        if (!ordered.isEmpty()) {
            from = ordered.getFirst().at();
            to = ordered.getLast().at();
        }
        if (!samples.isEmpty()) {
            from = earlier(from, samples.getFirst().at());
            to = later(to, samples.getLast().at());
        }
        return new ReconstructedTimeline(groups, samples, actions, from, to);
    }

    /**
     * Whether an entry of {@code kind} is something the office did, drawn on the chart: not a metrics row (the
     * series itself), not a deadline's own event (reminders and escalations are the workstation's; a deadline met
     * is already marked by the act that met it), not the review's own steps (they come after the response).
     */
    static boolean isAction(TimelineKind kind) {
        return kind != TimelineKind.METRICS && kind != TimelineKind.DEADLINE && kind != TimelineKind.REVIEW;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
