package org.incidentdesk.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.event.AlertDeliveryFailed;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.service.escalation.RaisedAlert;
import org.incidentdesk.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The app-lifetime alert list on the demo office (county plan), on simulated time, without the toolkit. */
class AlertsViewModelTest {
    private final ViewModelFixture f = new ViewModelFixture();
    private final List<Long> opened = new ArrayList<>();
    private final List<RaisedAlert> announced = new ArrayList<>();
    private final AlertsViewModel alerts = new AlertsViewModel(f.context.alertList(), f.context.deadlines(),
            f.context.callList(), f.context.notifications(), f.tasks, f.events, f.alarms, f.time.clock(),
            f.context.zone());

    AlertsViewModelTest() {
        alerts.useDialogs(f.messages, f.dialogs);
        alerts.openIncidentsWith(opened::add);
        alerts.addNewAlertListener(announced::add);
        f.context.startDeadlineAlarms();
        alerts.start();
    }

    @AfterEach
    void close() {
        alerts.stop();
        f.close();
    }

    /** Reported five minutes ago: 研判 is due within the hour (reminded 15 min before), 现场救助 at once. */
    private Incident report() {
        OffsetDateTime now = f.time.clock().instant().atZone(f.context.zone()).toOffsetDateTime();
        return f.context.incidents().intake(new Intake("网传某小区停水", "inquiry", now.minusMinutes(5), null,
                IncidentFacts.NONE));
    }

    private RaisedAlert alertOf(String ruleId) {
        return alerts.alerts().stream().filter(a -> a.rule().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void alertsAppearAsTheyAreRaisedAndEachNewOneIsAnnouncedOnce() {
        assertTrue(alerts.alerts().isEmpty());
        Incident incident = report();
        f.time.advanceBy(Duration.ofSeconds(1));
        assertTrue(alerts.alerts().isEmpty(), "the 立即 rules are due within the plan's 30-minute window, not late");

        // plan 1's 立即 rules (on-site rescue, the 首报 to the office and to 主管部门): reminded 7½ min before 10:30
        f.time.advanceBy(Duration.ofMinutes(23));
        assertEquals(List.of("on-site-rescue", "report-to-department", "report-to-office"),
                alerts.alerts().stream().map(RaisedAlert::rule).sorted().toList());
        assertTrue(alerts.alerts().stream().allMatch(a -> a.kind() == DeadlineEventKind.REMINDED));

        f.time.advanceBy(Duration.ofMinutes(22));
        RaisedAlert assess = alertOf("assess-level");
        assertEquals(DeadlineEventKind.REMINDED, assess.kind());
        assertEquals("网传某小区停水", assess.incidentTitle());
        assertEquals(4, alerts.unacknowledgedProperty().get());
        assertEquals(List.of(DeadlineEventKind.REMINDED, DeadlineEventKind.REMINDED, DeadlineEventKind.REMINDED,
                DeadlineEventKind.OVERDUE, DeadlineEventKind.OVERDUE, DeadlineEventKind.OVERDUE,
                DeadlineEventKind.REMINDED),
                announced.stream().map(RaisedAlert::kind).toList(), "three reminders, overdue at 10:30, 研判's reminder");
        assertTrue(announced.stream().allMatch(a -> a.incidentId() == incident.id()));
    }

    @Test
    void theDetailSaysWhenDueHowLateAndWhomItWentUpTo() {
        report();
        f.time.advanceBy(Duration.ofMinutes(95));
        RaisedAlert assess = alertOf("assess-level");
        assertEquals(DeadlineEventKind.ESCALATED, assess.kind());
        // 研判 counts from the report's arrival (10:00), an hour; 95 minutes on it is 35 minutes late
        assertEquals("由 县指挥部办公室 负责，应于 03-02 11:00 前完成，已超时 35 分钟，已第 1 次上报 县指挥部",
                alerts.detailText(assess));
    }

    @Test
    void acknowledgingStopsTheEscalationAndLeavesTheAlertListedAsAcknowledged() {
        Incident incident = report();
        f.time.advanceBy(Duration.ofMinutes(95));
        RaisedAlert assess = alertOf("assess-level");
        int before = alerts.unacknowledgedProperty().get();

        alerts.acknowledge(assess);

        RaisedAlert after = alertOf("assess-level");
        assertTrue(after.acknowledged());
        assertEquals(before - 1, alerts.unacknowledgedProperty().get());
        assertTrue(alerts.alerts().indexOf(after) == alerts.alerts().size() - 1, "acknowledged ones go last");
        f.time.advanceBy(Duration.ofHours(2));
        assertEquals(1, f.context.deadlines().escalations(incident.id()).stream()
                .filter(e -> e.deadlineId() == assess.deadlineId()).count(), "no escalation after acknowledging");
    }

    @Test
    void doneAfterConfirmingMeetsTheDeadlineAndTheAlertLeavesTheList() {
        report();
        f.time.advanceBy(Duration.ofMinutes(95));
        RaisedAlert assess = alertOf("assess-level");

        f.dialogs.answerConfirm(false);
        alerts.complete(assess);
        assertTrue(alerts.alerts().contains(assess), "not confirmed: nothing changes");

        f.dialogs.answerConfirm(true);
        alerts.complete(assess);
        assertFalse(alerts.alerts().stream().anyMatch(a -> a.deadlineId() == assess.deadlineId()));
        assertEquals(DeadlineState.MET, f.context.deadlines().find(assess.deadlineId()).orElseThrow().state());
    }

    @Test
    void openingAnAlertHandsItsIncidentToTheBoard() {
        Incident incident = report();
        f.time.advanceBy(Duration.ofMinutes(31));
        alerts.openIncident(alerts.alerts().getFirst());
        assertEquals(List.of(incident.id()), opened);
    }

    @Test
    void aFailedSendIsListedOncePerChannelWithItsLatestAttempt() {
        report();
        f.time.advanceBy(Duration.ofMinutes(31));
        RaisedAlert alert = alerts.alerts().getFirst();
        var bus = f.context.events();
        bus.publish(new AlertDeliveryFailed(bus.origin(), alert.deadlineId(), "smtp", 1, "连接被拒绝",
                f.time.clock().instant().plusSeconds(60)));
        bus.publish(new AlertDeliveryFailed(bus.origin(), alert.deadlineId(), "smtp", 2, "连接超时",
                f.time.clock().instant().plusSeconds(120)));
        assertEquals(1, alerts.failures().size());
        DeliveryFailure failure = alerts.failures().getFirst();
        assertEquals(2, failure.attempts());
        assertEquals(alert.incidentNumber(), failure.incidentNumber());
        assertEquals("事件 " + alert.incidentNumber() + " 的提醒经 smtp 发送失败（第 2 次）：连接超时。03-02 10:33 自动重试",
                alerts.failureText(failure));

        alerts.retry(failure);
        assertTrue(alerts.failures().isEmpty(), "retried: it leaves the list until a new failure is announced");
    }

    @Test
    void stoppedItNoLongerFollowsTheDeadlines() {
        alerts.stop();
        report();
        f.time.advanceBy(Duration.ofSeconds(1));
        assertTrue(alerts.alerts().isEmpty());
        assertTrue(announced.isEmpty());
        assertEquals(0, f.armed("alerts:"));
    }
}
