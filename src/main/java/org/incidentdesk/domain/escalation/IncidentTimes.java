package org.incidentdesk.domain.escalation;

import java.time.Instant;
import java.util.Optional;
import org.incidentdesk.domain.plan.StartPoint;

/**
 * The instants of an incident that deadlines count from (R14): when it happened (null: not known), when it was
 * discovered, when the office took the report, and when it calmed or its handling ended (null: not yet).
 */
public record IncidentTimes(Instant happenedAt, Instant discoveredAt, Instant receivedAt, Instant endedAt) {

    /**
     * The instant {@code point} names, or empty while it has not come (or cannot be known from the record, as a
     * condition a person must find). An unknown event time counts from discovery. 接到报警/接到指令 count from when
     * the office took the report. Matched by name so start points added to the plan model later are read too.
     */
    public Optional<Instant> of(StartPoint point) {
        return switch (point.name()) {
            case "EVENT_TIME" -> Optional.of(happenedAt != null ? happenedAt : discoveredAt);
            case "DISCOVERY_TIME" -> Optional.of(discoveredAt);
            case "REPORT_RECEIVED", "ORDER_RECEIVED" -> Optional.of(receivedAt);
            case "HANDLING_CLOSED", "CALMED" -> Optional.ofNullable(endedAt);
            default -> Optional.empty();
        };
    }

    public boolean ended() {
        return endedAt != null;
    }
}
