package org.incidentdesk.domain.roster;

/** A routine duty shift, or the 24-hour duty a unit keeps while a response is on (plan 1 §四(一)). */
public enum DutyKind {
    REGULAR,
    RESPONSE_24H
}
