package org.incidentdesk.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due times of deadline rules and the days sensitive periods cover. */
class PlanTimesTest {
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    /** 23:00 on 1 June in the office's zone. */
    private static final Instant LATE_EVENING = Instant.parse("2025-06-01T15:00:00Z");

    private static DeadlineRule rule(Timing timing, Duration duration, List<String> levels, List<String> categories) {
        return new DeadlineRule("r", "报告", "office", null, timing, duration, StartPoint.EVENT_TIME, null, levels,
                categories, null, null, null);
    }

    @Test
    void withinAddsTheDurationToTheStart() {
        assertEquals(Instant.parse("2025-06-01T17:00:00Z"),
                rule(Timing.WITHIN, Duration.ofHours(2), List.of(), List.of()).firstDue(LATE_EVENING, OFFICE));
    }

    @Test
    void immediatelyIsDueAtTheStart() {
        assertEquals(LATE_EVENING, rule(Timing.IMMEDIATELY, null, List.of(), List.of()).firstDue(LATE_EVENING, OFFICE));
    }

    @Test
    void endOfDayMeansMidnightInTheOfficeZoneNotInUtc() {
        // 23:00 in Shanghai leaves one hour of the same day, although it is still 15:00 in UTC
        assertEquals(Instant.parse("2025-06-01T16:00:00Z"),
                rule(Timing.END_OF_DAY, null, List.of(), List.of()).firstDue(LATE_EVENING, OFFICE));
    }

    @Test
    void aRepeatingRuleFirstFallsDueOneIntervalAfterTheStart() {
        assertEquals(Instant.parse("2025-06-02T15:00:00Z"),
                rule(Timing.REPEATING, Duration.ofHours(24), List.of(), List.of()).firstDue(LATE_EVENING, OFFICE));
    }

    @Test
    void aRuleWithoutLevelsOrCategoriesAppliesToEveryEvent() {
        DeadlineRule everyEvent = rule(Timing.IMMEDIATELY, null, List.of(), List.of());
        DeadlineRule inquiriesOfLevelII = rule(Timing.END_OF_DAY, null, List.of("II"), List.of("inquiry"));

        assertTrue(everyEvent.appliesTo(null, null));
        assertTrue(inquiriesOfLevelII.appliesTo("II", "inquiry"));
        assertFalse(inquiriesOfLevelII.appliesTo("I", "inquiry"));
        assertFalse(inquiriesOfLevelII.appliesTo("II", "hype"));
        assertFalse(inquiriesOfLevelII.appliesTo(null, "inquiry"));
    }

    @Test
    void aYearlyPeriodCoversBothEndsEveryYear() {
        PeriodDates nationalDay = new PeriodDates.Yearly(MonthDay.of(10, 1), MonthDay.of(10, 7));

        assertTrue(nationalDay.covers(LocalDate.of(2031, 10, 1)));
        assertTrue(nationalDay.covers(LocalDate.of(2025, 10, 7)));
        assertFalse(nationalDay.covers(LocalDate.of(2025, 10, 8)));
        assertFalse(nationalDay.covers(LocalDate.of(2025, 9, 30)));
    }

    @Test
    void aYearlyPeriodMayRunOverTheNewYear() {
        PeriodDates newYear = new PeriodDates.Yearly(MonthDay.of(12, 31), MonthDay.of(1, 2));

        assertTrue(newYear.covers(LocalDate.of(2025, 12, 31)));
        assertTrue(newYear.covers(LocalDate.of(2026, 1, 2)));
        assertFalse(newYear.covers(LocalDate.of(2026, 1, 3)));
        assertFalse(newYear.covers(LocalDate.of(2025, 12, 30)));
    }

    @Test
    void aFixedPeriodCoversOnlyItsOwnDays() {
        PeriodDates meeting = new PeriodDates.Fixed(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5));

        assertTrue(meeting.covers(LocalDate.of(2025, 9, 5)));
        assertFalse(meeting.covers(LocalDate.of(2026, 9, 3)));
    }
}
