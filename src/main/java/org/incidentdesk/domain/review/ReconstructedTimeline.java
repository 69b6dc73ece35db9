package org.incidentdesk.domain.review;

import java.time.Instant;
import java.util.List;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;

/**
 * An incident's record rebuilt for its review: the entries grouped by stage (先期处置 / 事中 / 善后, each group in
 * time order, groups in stage order, a stage the incident never reached absent), and for one chart on one time axis
 * the metrics series (heat, comments) and the instants of the office's actions (every entry but metrics rows,
 * deadline events and the review's own steps). {@code from}/{@code to} span all of it (null for an empty record).
 */
public record ReconstructedTimeline(List<PhaseGroup> groups, List<MetricSample> metrics, List<ActionMark> actions,
                                    Instant from, Instant to) {
    public ReconstructedTimeline {
        groups = List.copyOf(groups);
        metrics = List.copyOf(metrics);
        actions = List.copyOf(actions);
    }

    /** One stage's entries, in time order. */
    public record PhaseGroup(ReviewPhase phase, List<ReviewEntry> entries) {
        public PhaseGroup {
            entries = List.copyOf(entries);
        }
    }

    /** A timeline entry in the review, starred or not (the printed report carries the starred ones). */
    public record ReviewEntry(TimelineEntry entry, ReviewPhase phase, boolean starred) {
    }

    /** One metrics point on the chart: the heat index and the comments (跟帖数); a figure not reported is null. */
    public record MetricSample(Instant at, Long heat, Long comments) {
    }

    /** An action drawn on the chart: when, which entry, of what kind, and whether it is starred. */
    public record ActionMark(Instant at, long entryId, TimelineKind kind, boolean starred) {
    }

    /** Every entry, stage by stage, in time order. */
    public List<ReviewEntry> entries() {
        return groups.stream().flatMap(g -> g.entries().stream()).toList();
    }

    /** The starred entries, in time order: what the printed report carries. */
    public List<ReviewEntry> starred() {
        return entries().stream().filter(ReviewEntry::starred).toList();
    }
}
