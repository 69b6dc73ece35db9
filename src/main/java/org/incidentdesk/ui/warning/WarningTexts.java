package org.incidentdesk.ui.warning;

import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.WarningLevel;

/** How warnings are worded on screen: levels with their colour, periods' days, times relative and absolute. */
final class WarningTexts {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WarningTexts() {
    }

    /** "II 级 橙色" where the plan gives the level a colour, "II 级（重大）" where it does not. */
    static String level(Messages messages, WarningLevel level) {
        return level.colour() == null ? messages.get("warningui.level.plain", level.id(), level.name())
                : messages.get("warningui.level.coloured", level.id(), messages.get("warningui.colour." + level.colour().name()));
    }

    /** A level id the plan no longer has is shown as it is. */
    static String level(Messages messages, WarningLevel level, String fallbackId) {
        return level == null ? (fallbackId == null ? "—" : fallbackId) : level(messages, level);
    }

    /** "3月3日–3月15日" every year, "2026年9月1日–9月5日" for one span. */
    static String days(Messages messages, PeriodDates dates) {
        return switch (dates) {
            case PeriodDates.Yearly yearly -> messages.get("warningui.period.yearly", day(messages, yearly.from()),
                    day(messages, yearly.to()));
            case PeriodDates.Fixed fixed -> messages.get("warningui.period.fixed", fixed.from().getYear(),
                    day(messages, MonthDay.from(fixed.from())), day(messages, MonthDay.from(fixed.to())));
            case null -> "";
        };
    }

    private static String day(Messages messages, MonthDay day) {
        return messages.get("warningui.day", day.getMonthValue(), day.getDayOfMonth());
    }

    /** "一级" / "by one level": how far a sensitive period raises. */
    static String steps(Messages messages, int steps) {
        String key = "warningui.steps." + steps;
        return messages.has(key) ? messages.get(key) : messages.get("warningui.steps.n", steps);
    }

    /** "2026-03-03 10:00（3 小时前）" / "（2 小时后）" for a start still to come. */
    static String since(Messages messages, OffsetDateTime at, Instant now, ZoneId zone) {
        if (at == null) {
            return "—";
        }
        return at.atZoneSameInstant(zone).format(TIME) + messages.get("warningui.relative", relative(messages,
                at.toInstant(), now));
    }

    static String at(Instant at, ZoneId zone) {
        return at == null ? "" : at.atZone(zone).format(TIME);
    }

    static String relative(Messages messages, Instant at, Instant now) {
        Duration gap = Duration.between(at, now);
        boolean future = gap.isNegative();
        long minutes = Math.abs(gap.toMinutes());
        String amount;
        if (minutes < 1) {
            return messages.get("warningui.relative.now");
        } else if (minutes < 60) {
            amount = messages.get("warningui.relative.minutes", minutes);
        } else if (minutes < 48 * 60) {
            amount = messages.get("warningui.relative.hours", minutes / 60);
        } else {
            amount = messages.get("warningui.relative.days", ChronoUnit.DAYS.between(at.truncatedTo(ChronoUnit.MINUTES),
                    now.truncatedTo(ChronoUnit.MINUTES)) * (future ? -1 : 1));
        }
        return messages.get(future ? "warningui.relative.future" : "warningui.relative.past", amount);
    }
}
