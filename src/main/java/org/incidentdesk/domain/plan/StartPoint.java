package org.incidentdesk.domain.plan;

/** What a deadline counts from (R14: the plans count from when the event happened or was discovered). */
public enum StartPoint {
    EVENT_TIME,
    DISCOVERY_TIME,
    /** When the report (报警, 报告) reached the party that must act, e.g. plan 1's assessment after 接到报警. */
    REPORT_RECEIVED,
    /** When the order (指令) reached the party that must act, e.g. plan 2's 1-3-5 minutes as police read it. */
    ORDER_RECEIVED,
    /**
     * When the situation the rule names was found, e.g. plan 4's opinion that 不能消除或还有扩大迹象: due
     * whenever it is found, not only when another deadline runs out.
     */
    CONDITION_FOUND,
    /** When the handling of the matter was finished (办结). */
    HANDLING_CLOSED,
    /** When the event calmed down (平息, 舆情消除). */
    CALMED
}
