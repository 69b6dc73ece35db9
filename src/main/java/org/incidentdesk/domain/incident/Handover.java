package org.incidentdesk.domain.incident;

import java.time.Instant;

/**
 * A shift handover (交接班): the person on duty writes what is open and what to watch; the next person on duty
 * confirms they have read it. {@code successor}: whom it is for, as the duty roster names them (null: not named);
 * {@code confirmedBy}: the name the reader picked from the roster, or the account they signed in with;
 * {@code confirmedSignedIn}: true when the reader signed in to confirm (proved who they are).
 */
public record Handover(long id, String openItems, String watchItems, Instant writtenAt, String writtenBy,
                       Instant confirmedAt, String confirmedBy, int version, String successor,
                       boolean confirmedSignedIn) {
    public boolean confirmed() {
        return confirmedAt != null;
    }
}
