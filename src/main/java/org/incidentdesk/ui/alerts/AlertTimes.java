package org.incidentdesk.ui.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times in the alert list and the call list: the office's zone, to the minute. */
final class AlertTimes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private AlertTimes() {
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** The day a follow-up due at the end of it ({@code endOfDay}, midnight after) falls due on. */
    static String day(Instant endOfDay, ZoneId zone) {
        return DAY.format(endOfDay.minusNanos(1).atZone(zone));
    }
}
