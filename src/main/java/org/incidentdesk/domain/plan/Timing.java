package org.incidentdesk.domain.plan;

/** How a deadline rule sets its due time. */
public enum Timing {
    /** Due {@code duration} after the start point, e.g. report within 2 hours. */
    WITHIN,
    /** Due at the start point itself: 立即, 第一时间, 首报 at once. */
    IMMEDIATELY,
    /** Due by the end of the calendar day of the start point, e.g. plan 5's same-day answer. */
    END_OF_DAY,
    /** Due every {@code duration} from the start point until the event reaches {@code until} (续报, R13). */
    REPEATING
}
