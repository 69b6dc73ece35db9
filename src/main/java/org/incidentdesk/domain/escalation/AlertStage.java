package org.incidentdesk.domain.escalation;

/** The next alert a deadline raises. */
public enum AlertStage {
    /** Before due, by the reminder lead. */
    REMINDER,
    /** At due. */
    OVERDUE,
    /** After due, one step up the escalation chain per interval. */
    ESCALATION
}
