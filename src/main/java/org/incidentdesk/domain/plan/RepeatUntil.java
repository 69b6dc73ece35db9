package org.incidentdesk.domain.plan;

/** When a repeating report stops. */
public enum RepeatUntil {
    /** 直至舆情消除/平息. */
    CALMED,
    /** Until the handling is finished (办结). */
    HANDLING_CLOSED
}
