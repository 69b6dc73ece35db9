package org.incidentdesk.domain.review;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A figure the review list summarises across incidents: a time-to figure in minutes (from the event or from
 * discovery to a milestone), or the share of deadlines met (0…1).
 */
public enum ReviewMeasure {
    FIRST_REPORT_FROM_EVENT(Milestone.FIRST_REPORT, true),
    FIRST_REPORT_FROM_DISCOVERY(Milestone.FIRST_REPORT, false),
    FIRST_PUBLIC_RESPONSE_FROM_EVENT(Milestone.FIRST_PUBLIC_RESPONSE, true),
    FIRST_PUBLIC_RESPONSE_FROM_DISCOVERY(Milestone.FIRST_PUBLIC_RESPONSE, false),
    WARNING_FROM_EVENT(Milestone.WARNING, true),
    WARNING_FROM_DISCOVERY(Milestone.WARNING, false),
    CALM_FROM_EVENT(Milestone.CALM, true),
    CALM_FROM_DISCOVERY(Milestone.CALM, false),
    SHARE_MET(null, false);

    private final Milestone milestone;
    private final boolean fromEvent;

    ReviewMeasure(Milestone milestone, boolean fromEvent) {
        this.milestone = milestone;
        this.fromEvent = fromEvent;
    }

    /** The milestone of a time-to figure; null for the share met. */
    public Milestone milestone() {
        return milestone;
    }

    public boolean isShare() {
        return milestone == null;
    }

    /** The figure for one incident: minutes (with seconds as a fraction) or a share; empty when it has none. */
    public OptionalDouble of(ReviewFigures figures) {
        if (milestone == null) {
            return figures.score().shareMet();
        }
        Optional<Duration> d = fromEvent ? figures.times().fromEvent(milestone)
                : figures.times().fromDiscovery(milestone);
        return d.map(duration -> OptionalDouble.of(duration.toSeconds() / 60.0)).orElse(OptionalDouble.empty());
    }
}
