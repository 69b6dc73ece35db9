package org.incidentdesk.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.ActionState;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.TrendStep;
import org.junit.jupiter.api.Test;

class BacklogTrendTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** An action added at {@code created} (Shanghai time) and closed at {@code done} (null: still open). */
    private static ImprovementAction action(long id, String created, String done) {
        Instant createdAt = at(created);
        Instant doneAt = done == null ? null : at(done);
        return new ImprovementAction(id, 1, null, "措施" + id, ActionOwner.role("office", "办公室"), createdAt.plusSeconds(86400 * 30),
                done == null ? ActionState.OPEN : ActionState.DONE, done == null ? null : "文号", doneAt,
                done == null ? null : "甲", null, null, null, null, createdAt, createdAt, "甲", 1);
    }

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    @Test
    void eachWeekCountsWhatWasOpenAtItsEndAndTheCurrentWeekCountsAsOfNow() {
        // Monday 2026-03-02 … : two added in week 1, one closed in week 2, one added in week 3, one closed now
        List<ImprovementAction> actions = List.of(
                action(1, "2026-03-02T09:00", "2026-03-10T09:00"),
                action(2, "2026-03-04T09:00", null),
                action(3, "2026-03-17T09:00", "2026-03-18T08:00"));
        BacklogTrend trend = BacklogTrend.of(actions, TrendStep.WEEK, at("2026-03-18T12:00"), ZONE);
        assertEquals(List.of(
                new BacklogTrend.Point(LocalDate.parse("2026-03-02"), 2),
                new BacklogTrend.Point(LocalDate.parse("2026-03-09"), 1),
                new BacklogTrend.Point(LocalDate.parse("2026-03-16"), 1)), trend.points(),
                "week 3 ends now: action 3 was added and closed again before it, action 2 is still open");
    }

    @Test
    void weeksWithoutChangesStillHaveTheirPointAndNoActionsNoPoints() {
        List<ImprovementAction> actions = List.of(action(1, "2026-03-02T09:00", null));
        BacklogTrend trend = BacklogTrend.of(actions, TrendStep.WEEK, at("2026-03-20T12:00"), ZONE);
        assertEquals(List.of(1, 1, 1), trend.points().stream().map(BacklogTrend.Point::open).toList());
        assertEquals(List.of(), BacklogTrend.of(List.of(), TrendStep.WEEK, at("2026-03-20T12:00"), ZONE).points());
    }
}
