package org.incidentdesk.domain.incident;

import java.time.Instant;

/**
 * A shift handover (交接班): the person on duty writes what is open and what to watch; the next person on duty
 * confirms they have read it.
 */
public record Handover(long id, String openItems, String watchItems, Instant writtenAt, String writtenBy,
                       Instant confirmedAt, String confirmedBy, int version) {
    public boolean confirmed() {
        return confirmedAt != null;
    }
}
