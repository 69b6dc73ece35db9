package org.incidentdesk.domain.incident;

/**
 * Where a statement version stands in its approval (R18: no unit releases on its own; one agreed wording). It is
 * drafted, submitted to a leader, approved or returned with comments, and only an approved version is released.
 * An approved text is frozen: a change is a new version that needs approval again.
 */
public enum StatementStatus {
    DRAFT,
    /** Waiting for a leader's decision. */
    SUBMITTED,
    /** Approved by a leader: the incident's agreed wording (统一口径); frozen. */
    APPROVED,
    /** Returned by a leader with comments; frozen, a change is a new version. */
    RETURNED,
    /** Published (对外发布): the public response the plan asks for; it stays the agreed wording. */
    RELEASED,
    /** An approved wording replaced by a newer approved one (one wording at a time). */
    SUPERSEDED;

    /** True for a text that may no longer change in place. */
    public boolean frozen() {
        return this != DRAFT && this != SUBMITTED;
    }

    /** True for an approved wording: approved, released, or approved and later replaced. */
    public boolean approved() {
        return this == APPROVED || this == RELEASED || this == SUPERSEDED;
    }
}
