package org.incidentdesk.domain.escalation;

/** Where a deadline stands. */
public enum DeadlineState {
    /** Not yet due. */
    OPEN,
    /** Due and not yet met: it escalates until acknowledged or met. */
    OVERDUE,
    /** The action was done (possibly late: compare the met and due instants). */
    MET,
    /** Closed without the action, after it fell due (the incident ended or changed level meanwhile). */
    MISSED,
    /** No longer required before it fell due: a re-assessment, the event calming, or the incident ending. */
    SUPERSEDED;

    public boolean isOpen() {
        return this == OPEN || this == OVERDUE;
    }
}
