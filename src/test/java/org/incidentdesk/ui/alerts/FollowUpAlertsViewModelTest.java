package org.incidentdesk.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.OwnerKind;
import org.incidentdesk.service.escalation.FollowUpAlert;
import org.incidentdesk.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The alert list shows an improvement action coming due and overdue, on the workstation's simulated time. */
class FollowUpAlertsViewModelTest {
    private final ViewModelFixture f = new ViewModelFixture();
    private final List<Long> opened = new ArrayList<>();
    private final AlertsViewModel alerts = new AlertsViewModel(f.context.alertList(), f.context.deadlines(),
            f.context.callList(), f.context.notifications(), f.tasks, f.events, f.alarms, f.time.clock(),
            f.context.zone());

    FollowUpAlertsViewModelTest() {
        alerts.useDialogs(f.messages, f.dialogs);
        alerts.openReviewsWith(opened::add);
        f.context.startDeadlineAlarms();
        alerts.start();
    }

    @AfterEach
    void close() {
        alerts.stop();
        f.close();
    }

    @Test
    void anImprovementActionIsRemindedToItsOwnersLiaisonAndThenShownOverdue() {
        OffsetDateTime now = f.time.clock().instant().atZone(f.context.zone()).toOffsetDateTime();
        Incident incident = f.context.incidents().intake(new Intake("网传某小区停水", "inquiry", now.minusMinutes(5),
                null, IncidentFacts.NONE));
        ActionOwner office = f.context.reviewWritten().actions().ownerChoices(incident.id()).stream()
                .filter(o -> o.kind() == OwnerKind.ROLE && o.ref().equals("office")).findFirst().orElseThrow();
        LocalDate today = LocalDate.ofInstant(f.time.clock().instant(), f.context.zone());
        ImprovementAction action = f.context.reviewWritten().actions().add(incident.id(), null,
                "修订停水信息发布流程", office, today.plusDays(3));
        List<String> liaisons = f.context.reviewWritten().actions().liaisons(action.id());
        assertTrue(alerts.followUps().isEmpty());

        f.time.advanceBy(Duration.between(f.time.clock().instant(), action.dueAt().minus(Duration.ofDays(2))));
        FollowUpAlert reminded = alerts.followUps().getFirst();
        assertEquals(FollowUpStage.COMING_DUE, reminded.stage());
        assertEquals("整改即将到期", alerts.followUpKindText(reminded));
        assertEquals("修订停水信息发布流程", alerts.followUpSubject(reminded));

        f.time.advanceBy(Duration.ofDays(2).plusMinutes(90));
        FollowUpAlert overdue = alerts.followUps().getFirst();
        assertEquals(FollowUpStage.OVERDUE, overdue.stage());
        assertEquals("整改已超期", alerts.followUpKindText(overdue));
        String due = AlertTimes.day(action.dueAt(), f.context.zone());
        assertEquals(today.plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("MM-dd")), due);
        assertEquals("责任单位：" + office.name() + "；期限：" + due + "，已超时 1 小时 30 分钟"
                + (liaisons.isEmpty() ? "；该单位在通讯录中无联络员，请电话联系"
                        : "；提醒联络员：" + String.join("、", liaisons)), alerts.followUpDetail(overdue));

        alerts.openReview(overdue);
        assertEquals(List.of(incident.id()), opened);
    }
}
