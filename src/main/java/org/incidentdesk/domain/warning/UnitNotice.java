package org.incidentdesk.domain.warning;

import java.time.Instant;

/**
 * A unit told to prepare by a warning, with the liaison and number the roster had when it was issued, and who
 * acknowledged receipt when (both null until someone does). {@code unitId} is null once the unit was deleted.
 */
public record UnitNotice(long id, long warningId, Long unitId, String unitName, String liaisonName, String phone,
                         Instant acknowledgedAt, String acknowledgedBy) {
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
