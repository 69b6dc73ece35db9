package org.incidentdesk.domain.warning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A warning (预警) with what 突发事件应对法 asks a warning to state: category, level, start time, scope, warning
 * items, measures, issuer and time of issue. {@code number} is per office and year ("2026-Y003"), short
 * enough to say on the phone. The level is the plan's id ({@code levelId}) under the plan version the warning
 * was issued by; {@code levelRank} (1 = most severe) orders warnings without reading the plan.
 * {@code issuerRole} is the plan role in whose authority it was issued, {@code issuedBy} the person who did it.
 * {@code version} is the row version (optimistic locking).
 */
public record Warning(long id, String number, long planId, int planVersion, String categoryId, String levelId,
                      int levelRank, WarningStatus status, OffsetDateTime startsAt, String scope, List<String> items,
                      List<String> measures, String issuerRole, String issuedBy, Instant issuedAt,
                      List<Long> incidentIds, Instant liftedAt, String liftReason, int version) {
    public Warning {
        items = List.copyOf(items);
        measures = List.copyOf(measures);
        incidentIds = List.copyOf(incidentIds);
    }

    public boolean isActive() {
        return status == WarningStatus.ACTIVE;
    }

    /** Issued (or approved), not lifted, and its start time has come: a warning set to start later is not yet. */
    public boolean inForceAt(Instant now) {
        return isActive() && !startsAt.toInstant().isAfter(now);
    }
}
