package org.incidentdesk.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.service.escalation.DeadlineOverview;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.ui.board.DeadlineOverviewViewModel.Line;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.RecordingDialogService;
import org.incidentdesk.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The 时限一览 on the demo office's county plan, without the toolkit: a report taken at 09:00 owes its 立即 首报 by
 * 09:30 (the plan's response window) and its assessment by 10:00; its 4-hourly progress report is due at 13:00.
 */
class DeadlineOverviewViewModelTest {
    private final IncidentFixture office = new IncidentFixture();
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final DeadlineService deadlines = new DeadlineService(office.store, office.clock,
            () -> new Actor("值班员甲"), office.events, office.plans, IncidentFixture.ZONE, AlertPolicy.DEFAULT);
    private final Runnable unfollow = deadlines.followIncidents();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DeadlineOverviewViewModel overview = new DeadlineOverviewViewModel(
            new DeadlineOverview(office.store, office.clock, deadlines), new SyncTaskRunner(),
            new Failures(zh, dialogs, "board.stale"), zh, office.clock, IncidentFixture.ZONE);

    @AfterEach
    void close() {
        unfollow.run();
        office.close();
    }

    private Line line(String actStart) {
        return overview.lines().stream().filter(l -> l.act().startsWith(actStart)).findFirst()
                .orElseThrow(() -> new AssertionError(actStart + " not in " + overview.lines()));
    }

    @Test
    void aNewIncidentsFirstReportIsDueNotLateAndGoesRedOnlyAfterItsWindow() {
        Incident incident = office.incidents.intake(Intake.quick("网传城东小区停水", "inquiry"));
        AtomicInteger shown = new AtomicInteger();
        overview.showIncident(incident.id(), "2026-001", shown::incrementAndGet);
        assertEquals(1, shown.get(), "the window opens once the lines are there");
        assertEquals("事件 2026-001 的全部时限", overview.headingProperty().get());
        Line report = line("立即采取措施控制事态");
        assertEquals("03-02 09:30（剩 30 分）", report.due());
        assertEquals("待办", report.state());
        assertFalse(report.late());
        assertEquals("", report.met());

        office.clock.advance(Duration.ofMinutes(45));
        overview.showIncident(incident.id(), "2026-001", () -> { });
        report = line("立即采取措施控制事态");
        assertEquals("03-02 09:30（超时 15 分）", report.due());
        assertEquals("已超时", report.state());
        assertTrue(report.late());

        deadlines.recordAction(incident.id(), DeadlineAction.REPORT_FIRST);
        overview.showIncident(incident.id(), "2026-001", () -> { });
        report = line("立即采取措施控制事态");
        assertEquals("03-02 09:30", report.due(), "no countdown once met");
        assertEquals("超时完成", report.state());
        assertEquals("03-02 09:45 值班员甲", report.met());
        assertFalse(report.late(), "met, if late: no longer red");
    }

    @Test
    void theOfficeSeesWhatFallsDueInTheNextTwoHoursAcrossIncidents() {
        office.incidents.intake(Intake.quick("网传城东小区停水", "inquiry"));
        office.clock.advance(Duration.ofMinutes(20));
        office.incidents.intake(Intake.quick("网传学校食堂问题", "inquiry"));
        overview.showOffice(() -> { });
        assertEquals("今后 2 小时内到期及已超时的时限", overview.headingProperty().get());
        List<String> incidents = overview.lines().stream().map(Line::incident).distinct().toList();
        assertEquals(List.of("2026-001 网传城东小区停水", "2026-002 网传学校食堂问题"), incidents);
        assertTrue(overview.lines().stream().noneMatch(l -> l.act().startsWith("将事态发展变化情况")),
                "the progress reports are due at 13:00 and 13:20, beyond two hours: " + overview.lines());
        // each: the 首报 to the office and to the department and the on-site duty (立即, 30 min), the 1-h assessment
        assertEquals(List.of("03-02 09:30（剩 10 分）", "03-02 09:30（剩 10 分）", "03-02 09:30（剩 10 分）",
                        "03-02 09:50（剩 30 分）", "03-02 09:50（剩 30 分）", "03-02 09:50（剩 30 分）",
                        "03-02 10:00（剩 40 分）", "03-02 10:20（剩 1 小时 0 分）"),
                overview.lines().stream().map(Line::due).toList(), "by due time");
    }

    @Test
    void withNothingDueTheListSaysSo() {
        overview.showOffice(() -> { });
        assertTrue(overview.lines().isEmpty());
        assertEquals("今后两小时内没有到期或超时的时限", overview.placeholderProperty().get());
    }
}
