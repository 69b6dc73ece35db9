package org.incidentdesk.domain.plan;

/** What a deadline counts from (R14: the plans count from when the event happened or was discovered). */
public enum StartPoint {
    EVENT_TIME,
    DISCOVERY_TIME,
    /** When the handling of the matter was finished (办结). */
    HANDLING_CLOSED,
    /** When the event calmed down (平息, 舆情消除). */
    CALMED
}
