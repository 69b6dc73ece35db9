package org.incidentdesk.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.ReviewDue;
import org.incidentdesk.domain.review.ReviewDueState;
import org.incidentdesk.service.escalation.FollowUpAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A review falls due the plan's time after the response ended; the alert list shows it coming due and overdue. */
class ReviewDueTest {
    private final ReviewWrittenFixture office = new ReviewWrittenFixture();

    @AfterEach
    void close() {
        office.close();
    }

    private List<FollowUpAlert> reviewAlerts() {
        return office.alertList.followUps().stream().filter(a -> a.kind() == FollowUpKind.REVIEW).toList();
    }

    @Test
    void anEndedIncidentsReviewIsDueAfterThePlansDefaultTimeAndAlertsComingDueAndOverdue() {
        Incident incident = office.intake("网传某医院插队");
        assertEquals(ReviewDueState.NOT_DUE, office.review.due().due(incident.id()).state());
        assertNull(office.review.due().due(incident.id()).dueAt());

        office.advance(Duration.ofHours(3));
        office.end(incident.id());
        ReviewDue due = office.review.due().due(incident.id());
        assertEquals(office.clock.instant(), due.endedAt());
        assertEquals(Duration.ofDays(7), due.within(), "the county plan is silent: the 7-day default");
        assertTrue(due.defaulted());
        assertEquals(due.endedAt().plus(Duration.ofDays(7)), due.dueAt());
        assertEquals(ReviewDueState.PENDING, due.state());

        office.advanceTo(due.dueAt().minus(Duration.ofDays(2)).minusSeconds(1));
        assertEquals(List.of(), reviewAlerts());
        office.advanceTo(due.dueAt().minus(Duration.ofDays(2)));
        assertEquals(FollowUpStage.COMING_DUE, reviewAlerts().getFirst().stage());
        assertEquals(incident.number().toString(), reviewAlerts().getFirst().incidentNumber());
        assertEquals(ReviewDueState.COMING_DUE, office.review.due().dueStates().get(incident.id()).state());

        office.advanceTo(due.dueAt());
        assertEquals(FollowUpStage.OVERDUE, reviewAlerts().getFirst().stage());
        assertEquals(ReviewDueState.OVERDUE, office.review.due().due(incident.id()).state());

        office.advance(Duration.ofHours(5));
        office.reviews.finish(office.reviews.open(incident.id(), false));
        assertEquals(ReviewDueState.FINISHED_LATE, office.review.due().due(incident.id()).state());
        assertEquals(List.of(), reviewAlerts(), "a finished review leaves the alert list");
    }

    @Test
    void anIncidentThatEndedBeforeDueDatesWereKeptIsScheduledAtStart() {
        Incident incident = office.intake("网传某超市售卖过期食品");
        office.end(incident.id());
        office.store.inTransaction(s -> {
            // as a database written before V18's due dates: the ended incident has no schedule row
            s.reviewSchedules().find(incident.id()).orElseThrow();
            return null;
        });
        assertEquals(0, office.review.due().scheduleEndedIncidents(), "already scheduled when it ended");
        assertEquals(ReviewDueState.PENDING, office.review.due().dueStates().get(incident.id()).state());
    }

    @Test
    void finishingTheReviewStopsItsAlertsAndReopeningBringsThemBackAndAFinishedReviewRefusesEdits() {
        ReviewService reviews = office.reviews;
        Incident incident = office.intake("网传某地铁站踩踏");
        office.end(incident.id());
        org.incidentdesk.domain.review.ImprovementAction action = office.review.actions().add(incident.id(), null,
                "完善大客流疏导方案", office.unitWithLiaison(), office.today().plusDays(4));
        ReviewDue due = office.review.due().due(incident.id());
        office.advanceTo(due.dueAt().plusSeconds(60));
        assertEquals(FollowUpStage.OVERDUE, reviewAlerts().getFirst().stage());

        org.incidentdesk.domain.review.Review finished = reviews.finish(reviews.open(incident.id(), false));
        assertEquals(ReviewDueState.FINISHED_LATE, office.review.due().due(incident.id()).state());
        assertEquals(List.of(), reviewAlerts(), "finishing the review record finishes its due date, same transaction");
        org.incidentdesk.domain.common.ValidationException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.incidentdesk.domain.common.ValidationException.class, () -> office.review.lessons().add(
                        incident.id(), org.incidentdesk.domain.review.LessonKind.SUCCESS, "疏导及时", List.of()));
        assertEquals("review.finished", refused.violations().getFirst().messageKey());
        org.incidentdesk.domain.review.ImprovementAction current = office.review.actions().actions(incident.id())
                .getFirst();
        assertEquals(org.incidentdesk.domain.review.ActionState.DONE, office.review.actions().close(current.id(),
                current.version(), "方案已修订印发").state(), "an action is closed after the review is finished");
        assertEquals(action.id(), current.id());

        reviews.reopen(finished);
        assertEquals(ReviewDueState.OVERDUE, office.review.due().due(incident.id()).state());
        office.scheduler.runDue();
        assertEquals(FollowUpStage.OVERDUE, reviewAlerts().getFirst().stage(), "reopened, it is overdue again");
    }
}
