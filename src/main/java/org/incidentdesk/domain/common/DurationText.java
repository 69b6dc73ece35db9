package org.incidentdesk.domain.common;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines as office staff write them: 2小时, 30分钟, 1天, 1小时30分钟 (or 2h, 30min, 1d, or ISO-8601 PT2H).
 * Parsing is pure and cheap, so the form checks as you type.
 */
public final class DurationText {
    private static final Pattern PART = Pattern.compile(
            "(\\d+)\\s*(minutes|seconds|minute|second|hours|hour|days|mins|secs|day|hrs|min|sec|hr|小时|分钟|天|日|时|分|秒|d|h|m|s)"
                    + "(?![a-z])");

    private DurationText() {
    }

    /** The duration written, or empty when the text is not a positive duration. */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("p")) {
            try {
                return positive(Duration.parse(trimmed.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher matcher = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int consumed = 0;
        while (matcher.find()) {
            if (!trimmed.substring(consumed, matcher.start()).isBlank()) {
                return Optional.empty();
            }
            try {
                total = total.plus(unit(matcher.group(2)).multipliedBy(Long.parseLong(matcher.group(1))));
            } catch (NumberFormatException | ArithmeticException tooLarge) {
                return Optional.empty();
            }
            consumed = matcher.end();
        }
        if (consumed == 0 || !trimmed.substring(consumed).isBlank()) {
            return Optional.empty();
        }
        return positive(total);
    }

    private static Optional<Duration> positive(Duration duration) {
        return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
    }

    private static Duration unit(String word) {
        return switch (word) {
            case "天", "日", "d", "day", "days" -> Duration.ofDays(1);
            case "小时", "时", "h", "hr", "hrs", "hour", "hours" -> Duration.ofHours(1);
            case "分钟", "分", "m", "min", "mins", "minute", "minutes" -> Duration.ofMinutes(1);
            default -> Duration.ofSeconds(1);
        };
    }

    /**
     * The duration as people read it, in the words of {@code messages}: 2 小时, 1 小时 30 分钟; 2 hours,
     * 1 hour 30 minutes. {@link #parse} reads it back.
     */
    public static String format(Duration duration, Messages messages) {
        if (duration == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        part(parts, messages, "duration.days", duration.toDaysPart());
        part(parts, messages, "duration.hours", duration.toHoursPart());
        part(parts, messages, "duration.minutes", duration.toMinutesPart());
        part(parts, messages, "duration.seconds", duration.toSecondsPart());
        return parts.isEmpty() ? messages.get("duration.minutes", 0) : String.join(" ", parts);
    }

    private static void part(List<String> parts, Messages messages, String key, long amount) {
        if (amount != 0) {
            parts.add(messages.get(key, amount));
        }
    }
}
