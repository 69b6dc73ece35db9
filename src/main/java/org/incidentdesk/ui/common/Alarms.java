package org.incidentdesk.ui.common;

import java.time.Instant;

/**
 * Wakes a ViewModel at an instant, on the UI thread, so state that depends on time (who is on duty now)
 * follows time without a click and without polling.
 */
@FunctionalInterface
public interface Alarms {
    /** Runs {@code task} on the UI thread once the clock has reached {@code at}; the result cancels it. */
    Runnable at(Instant at, Runnable task);
}
