package org.incidentdesk.ui.common;

import java.time.Duration;
import java.time.Instant;
import org.incidentdesk.domain.common.Messages;

/** How long until a due instant, or how late, as the board writes it: "剩 2 小时 15 分", "超时 40 分". */
public final class DueText {
    private DueText() {
    }

    public static String relative(Instant due, Instant now, Messages messages) {
        long minutes = Duration.between(now, due).toMinutes();
        String key = due.isBefore(now) ? "board.overdueBy" : "board.dueIn";
        long m = Math.abs(minutes);
        return m < 60 ? messages.get(key + "Minutes", m) : messages.get(key, m / 60, m % 60);
    }
}
