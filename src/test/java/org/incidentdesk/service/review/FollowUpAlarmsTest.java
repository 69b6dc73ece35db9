package org.incidentdesk.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.incidentdesk.domain.event.FollowUpAlertRaised;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.StandardPosts;
import org.incidentdesk.service.escalation.FollowUpAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An improvement action's reminder two days before its due date and its overdue alert, on the test clock. */
class FollowUpAlarmsTest {
    private final ReviewWrittenFixture office = new ReviewWrittenFixture();

    @AfterEach
    void close() {
        office.close();
    }

    private ImprovementAction actionDueInSixDays() {
        Incident incident = office.intake("网传某景区门票乱收费");
        return office.review.actions().add(incident.id(), null, "建立景区舆情联络机制", office.unitWithLiaison(),
                office.today().plusDays(6));
    }

    private List<FollowUpAlert> actionAlerts() {
        return office.alertList.followUps().stream().filter(a -> a.kind() == FollowUpKind.ACTION).toList();
    }

    private List<String> liaisonsOfTheOwner(ImprovementAction action) {
        Roster roster = office.roster.load();
        return roster.holders(Long.parseLong(action.owner().ref()), StandardPosts.LIAISON).stream()
                .map(p -> p.mobile() == null || p.mobile().isBlank() ? p.name() : p.name() + " " + p.mobile())
                .toList();
    }

    @Test
    void theOwnersLiaisonIsRemindedTwoDaysBeforeAndTheAlertListShowsItOverdueAfter() {
        ImprovementAction action = actionDueInSixDays();
        Instant due = action.dueAt();
        Instant remindAt = due.minus(Duration.ofDays(2));

        office.advanceTo(remindAt.minusSeconds(1));
        assertEquals(List.of(), actionAlerts(), "nothing before two days ahead");

        office.advanceTo(remindAt);
        FollowUpAlert reminder = actionAlerts().getFirst();
        assertEquals(FollowUpStage.COMING_DUE, reminder.stage());
        assertEquals(action.id(), reminder.id());
        assertEquals("建立景区舆情联络机制", reminder.subject());
        assertEquals(action.owner().name(), reminder.owner());
        assertFalse(reminder.liaisons().isEmpty());
        assertEquals(liaisonsOfTheOwner(action), reminder.liaisons(), "the liaisons of the owning unit");
        assertEquals(remindAt, reminder.raisedAt());

        office.advanceTo(due.minusSeconds(1));
        assertEquals(FollowUpStage.COMING_DUE, actionAlerts().getFirst().stage());
        office.advanceTo(due);
        assertEquals(FollowUpStage.OVERDUE, actionAlerts().getFirst().stage());
        assertEquals(List.of(FollowUpStage.COMING_DUE, FollowUpStage.OVERDUE), office.published.stream()
                .filter(FollowUpAlertRaised.class::isInstance).map(e -> ((FollowUpAlertRaised) e).stage()).toList());
        assertEquals(List.of("overdue", "remind", "create"), office.audit("reviewAction").stream()
                .map(a -> a.action()).toList());

        ImprovementAction overdue = office.review.actions().actions(action.incidentId()).getFirst();
        office.review.actions().close(overdue.id(), overdue.version(), "联络机制已建立，见会议纪要第5期");
        assertEquals(List.of(), actionAlerts(), "a done action leaves the alert list");
        assertEquals(0, office.alarms.armedCount());
    }

    @Test
    void aReminderThatFellDueWhileTheWorkstationWasOffFiresWhenItComesBackAndOnlyOnce() {
        ImprovementAction action = actionDueInSixDays();
        office.switchOff();
        office.clock.set(action.dueAt().minus(Duration.ofDays(1)));

        assertEquals(1, office.switchOn(), "armed from the database at start");
        office.scheduler.runDue();
        assertEquals(FollowUpStage.COMING_DUE, actionAlerts().getFirst().stage());
        assertTrue(office.published.stream().filter(FollowUpAlertRaised.class::isInstance)
                .map(FollowUpAlertRaised.class::cast).allMatch(FollowUpAlertRaised::late), "it says it fired late");

        office.switchOff();
        office.switchOn();
        office.scheduler.runDue();
        assertEquals(1, office.published.stream().filter(FollowUpAlertRaised.class::isInstance).count(),
                "the claim in the database keeps a restart from reminding again");
        office.advanceTo(action.dueAt());
        assertEquals(FollowUpStage.OVERDUE, actionAlerts().getFirst().stage());
    }

    @Test
    void movingTheDueDateStartsTheRemindersOver() {
        ImprovementAction action = actionDueInSixDays();
        office.advanceTo(action.dueAt().minus(Duration.ofDays(1)));
        assertEquals(FollowUpStage.COMING_DUE, actionAlerts().getFirst().stage());

        ImprovementAction raised = office.review.actions().actions(action.incidentId()).getFirst();
        ImprovementAction moved = office.review.actions().update(raised.id(), raised.version(), raised.text(),
                raised.owner(), office.today().plusDays(10));
        assertEquals(List.of(), actionAlerts(), "the alert of the old date is gone");
        office.advanceTo(moved.dueAt().minus(Duration.ofDays(2)));
        assertEquals(FollowUpStage.COMING_DUE, actionAlerts().getFirst().stage());
    }
}
