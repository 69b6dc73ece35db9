package org.incidentdesk.domain.plan;

import java.time.LocalDate;

/** 敏感时期 (R6): while it lasts, an assessed warning level is raised by {@code raise} levels (plan 1). */
public record SensitivePeriod(String id, String name, PeriodDates dates, int raise, Origin origin) {
    public SensitivePeriod {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }

    public boolean covers(LocalDate date) {
        return dates != null && dates.covers(date);
    }
}
