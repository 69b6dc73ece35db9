package org.incidentdesk.domain.incident;

/** A statement is drafted, then agreed as the one wording (统一口径) everyone uses. */
public enum StatementStatus {
    DRAFT,
    AGREED,
    /** Published (对外发布): the public response the plan asks for; it stays the agreed wording. */
    RELEASED
}
