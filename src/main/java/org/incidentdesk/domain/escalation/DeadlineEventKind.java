package org.incidentdesk.domain.escalation;

/** What happened to a deadline; each lands on the incident's timeline. */
public enum DeadlineEventKind {
    CREATED, RETIMED, REMINDED, OVERDUE, ESCALATED, ACKNOWLEDGED, MET, MISSED, SUPERSEDED
}
