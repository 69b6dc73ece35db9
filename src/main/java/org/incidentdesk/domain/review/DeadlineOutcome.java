package org.incidentdesk.domain.review;

/**
 * How a deadline of the plan scored: met in time, met late, missed (never done, or still owed past due), no longer
 * required before it fell due (superseded by a re-assessed level or the event's end: shown apart, never counted),
 * or still owed and not yet due (pending: not counted either).
 */
public enum DeadlineOutcome {
    MET,
    LATE,
    MISSED,
    SUPERSEDED,
    PENDING;

    /** Counts towards the share met (met, late and missed do; superseded and pending do not). */
    public boolean scored() {
        return this == MET || this == LATE || this == MISSED;
    }
}
