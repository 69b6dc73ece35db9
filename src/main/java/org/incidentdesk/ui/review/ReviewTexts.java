package org.incidentdesk.ui.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.DeadlineOutcome;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineRenderer;

/**
 * How the review workspace words its figures (a delay in minutes, a share met, a time-to figure, a median), in the
 * window's language and the office's zone; plain Java, so tests read it without the toolkit.
 */
public final class ReviewTexts {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Messages messages;
    private final ZoneId zone;
    private final TimelineRenderer timeline;

    public ReviewTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.timeline = new TimelineRenderer(messages, zone);
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }

    /** A clock time in the office's zone (03-02 10:15), or — when there is none. */
    public String time(Instant at) {
        return at == null ? "—" : at.atZone(zone).format(TIME);
    }

    public String day(Instant at) {
        return at == null ? "—" : at.atZone(zone).format(DAY);
    }

    /**
     * The day an action is due on: its due instant is the end of that day (the next midnight), so the day is the
     * one just before it, never the day after.
     */
    public String dueDay(Instant dueAt) {
        return dueAt == null ? "—" : day(dueAt.minusNanos(1));
    }

    /** A timeline entry as one line: time, kind, who, what. */
    public String entry(TimelineEntry e) {
        return time(e.at()) + "  " + timeline.kindName(e) + "  " + e.actor() + "  " + timeline.render(e);
    }

    /** The entry's kind and what happened, without the time (a chart point's tooltip carries its own). */
    public String entryWhat(TimelineEntry e) {
        return timeline.kindName(e) + "  " + timeline.render(e);
    }

    /**
     * A scored row's margin or delay in whole minutes: "提前 12" ahead of due, "迟 30" late, "0" exactly on
     * time; — where there is none (never done, superseded, pending).
     */
    public String delay(ScoredDeadline row) {
        Long minutes = row.delayMinutes();
        if (minutes == null) {
            return "—";
        }
        if (minutes == 0) {
            return messages.get("reviewui.delay.onTime");
        }
        return minutes < 0 ? messages.get("reviewui.delay.ahead", -minutes) : messages.get("reviewui.delay.late", minutes);
    }

    public String outcome(DeadlineOutcome outcome) {
        return messages.name(outcome);
    }

    /** A share 0…1 as a whole percent ("75%"), or — when nothing was scored. */
    public String share(OptionalDouble share) {
        return share.isEmpty() ? "—" : percent(share.getAsDouble());
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A duration in hours and minutes ("1 小时 25 分"), minutes alone under an hour; negative shown with a minus. */
    public String duration(Duration d) {
        if (d == null) {
            return "—";
        }
        long minutes = d.toMinutes();
        String sign = minutes < 0 ? "-" : "";
        long abs = Math.abs(minutes);
        return sign + (abs < 60 ? messages.get("reviewui.minutes", abs)
                : messages.get("reviewui.hoursMinutes", abs / 60, abs % 60));
    }

    /** A figure in minutes (with a fraction: a median of two) as a duration to the nearest minute, or —. */
    public String minutes(OptionalDouble minutes) {
        return minutes.isEmpty() ? "—" : duration(Duration.ofMinutes(Math.round(minutes.getAsDouble())));
    }
}
