package org.incidentdesk.domain.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The width of one point of the trend chart: a calendar week (from Monday) or a calendar month. */
public enum TrendStep {
    WEEK,
    MONTH;

    /** The first day of the period {@code day} falls in. */
    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day of the period after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }
}
