package org.incidentdesk.domain.review;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the incident happened ({@code eventAt}: the reported event time, or the discovery where the event time is
 * not known, as the deadlines count; {@code eventTimeKnown} says which), when it was discovered, and when each
 * {@link Milestone} was reached (absent: not reached).
 */
public record TimeToFigures(Instant eventAt, boolean eventTimeKnown, Instant discoveredAt,
                            Map<Milestone, Instant> reached) {
    public TimeToFigures {
        EnumMap<Milestone, Instant> copy = new EnumMap<>(Milestone.class);
        copy.putAll(reached);
        reached = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<Instant> at(Milestone milestone) {
        return Optional.ofNullable(reached.get(milestone));
    }

    /** From the event to the milestone; empty when it was not reached. */
    public Optional<Duration> fromEvent(Milestone milestone) {
        return at(milestone).map(at -> Duration.between(eventAt, at));
    }

    /** From discovery to the milestone; empty when it was not reached. */
    public Optional<Duration> fromDiscovery(Milestone milestone) {
        return at(milestone).map(at -> Duration.between(discoveredAt, at));
    }
}
