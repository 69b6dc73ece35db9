package org.incidentdesk.domain.plan;

import java.time.LocalDate;
import java.time.MonthDay;

/** The days a sensitive period covers, both ends included: the same days every year, or one fixed span. */
public sealed interface PeriodDates {
    boolean covers(LocalDate date);

    /** E.g. 10-01 to 10-07 every year; a span may run over the new year (12-25 to 01-05). */
    record Yearly(MonthDay from, MonthDay to) implements PeriodDates {
        @Override
        public boolean covers(LocalDate date) {
            MonthDay day = MonthDay.from(date);
            if (!from.isAfter(to)) {
                return !day.isBefore(from) && !day.isAfter(to);
            }
            return !day.isBefore(from) || !day.isAfter(to);
        }
    }

    /** E.g. 2025-09-01 to 2025-09-05, the days of one meeting. */
    record Fixed(LocalDate from, LocalDate to) implements PeriodDates {
        @Override
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }
}
