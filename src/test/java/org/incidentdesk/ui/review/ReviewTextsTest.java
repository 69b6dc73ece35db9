package org.incidentdesk.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalDouble;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.review.DeadlineOutcome;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.junit.jupiter.api.Test;

class ReviewTextsTest {
    private final ReviewTexts zh = new ReviewTexts(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai"));
    private final ReviewTexts en = new ReviewTexts(new Messages(Locale.ENGLISH), ZoneId.of("Asia/Shanghai"));

    private static ScoredDeadline row(Duration delay) {
        Instant due = Instant.parse("2026-03-02T02:30:00Z");
        return new ScoredDeadline(1, "first-report", 1, DeadlineAction.REPORT_FIRST, "首报", "office", "办公室",
                due.minusSeconds(1800), due, delay == null ? null : due.plus(delay),
                delay == null ? DeadlineOutcome.MISSED : delay.isNegative() ? DeadlineOutcome.MET : DeadlineOutcome.LATE,
                delay, PlanSection.INITIAL_RESPONSE);
    }

    @Test
    void aDelayReadsInWholeMinutesLateOrAheadAndNoneAsADash() {
        assertEquals("迟 30 分钟", zh.delay(row(Duration.ofMinutes(30).plusSeconds(20))));
        assertEquals("提前 12 分钟", zh.delay(row(Duration.ofMinutes(-12))));
        assertEquals("准时", zh.delay(row(Duration.ZERO)));
        assertEquals("—", zh.delay(row(null)), "missed without being done: no delay to show");
        assertEquals("30 min late", en.delay(row(Duration.ofMinutes(30))));
    }

    @Test
    void durationsSharesAndMinutesAreWords() {
        assertEquals("45 分钟", zh.duration(Duration.ofMinutes(45)));
        assertEquals("1 小时 5 分", zh.duration(Duration.ofMinutes(65)));
        assertEquals("-1 h 5 min", en.duration(Duration.ofMinutes(-65)));
        assertEquals("75%", zh.share(OptionalDouble.of(0.75)));
        assertEquals("—", zh.share(OptionalDouble.empty()), "nothing scored: no share, not 0%");
        assertEquals("1 小时 30 分", zh.minutes(OptionalDouble.of(89.99)), "a median in minutes rounds to the minute");
        assertEquals("03-02 10:30", zh.time(Instant.parse("2026-03-02T02:30:00Z")), "in the office's zone");
        assertEquals("2026-03-15", zh.dueDay(Instant.parse("2026-03-15T16:00:00Z")),
                "due at the end of 03-15 (midnight in Shanghai) is due on 03-15, not 03-16");
    }
}
