package org.incidentdesk.domain.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A time limit the plan sets (R9–R14): role {@code by} must do {@code action} (for {@code to}, if anyone),
 * counted from {@code from}, for the listed levels and categories (empty: all of them). {@code duration} is
 * the limit for {@link Timing#WITHIN} and the interval for {@link Timing#REPEATING}, absent otherwise;
 * {@code until} says when a repeating rule stops; {@code form} is the report form it produces;
 * {@code ifNotCalmed} is the escalation once the deadline passes without the event calming.
 */
public record DeadlineRule(String id, String action, String by, String to, Timing timing, Duration duration,
                           StartPoint from, RepeatUntil until, List<String> levels, List<String> categories,
                           String form, Escalation ifNotCalmed, Origin origin) {
    public DeadlineRule {
        levels = Lists.copy(levels);
        categories = Lists.copy(categories);
        origin = origin == null ? Origin.PLAN_TEXT : origin;
        if (timing == Timing.REPEATING && until == null) {
            until = RepeatUntil.CALMED;
        }
    }

    /** True when the rule binds an event of {@code levelId} in {@code categoryId} (null: not yet known). */
    public boolean appliesTo(String levelId, String categoryId) {
        boolean levelMatches = levels.isEmpty() || levelId != null && levels.contains(levelId);
        boolean categoryMatches = categories.isEmpty() || categoryId != null && categories.contains(categoryId);
        return levelMatches && categoryMatches;
    }

    /**
     * When the rule first falls due, counted from {@code start} (the moment named by {@link #from()});
     * end-of-day rules use the calendar day in {@code zone}.
     */
    public Instant firstDue(Instant start, ZoneId zone) {
        return switch (timing) {
            case WITHIN, REPEATING -> start.plus(duration);
            case IMMEDIATELY -> start;
            case END_OF_DAY -> LocalDate.ofInstant(start, zone).plusDays(1).atStartOfDay(zone).toInstant();
        };
    }
}
