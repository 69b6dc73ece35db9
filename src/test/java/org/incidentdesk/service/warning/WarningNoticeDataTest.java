package org.incidentdesk.service.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.report.forms.WarningNoticeData;
import org.incidentdesk.service.documents.BoardFormData;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.service.plan.LevelAssessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 预警通知 filled from a stored warning: issued at 09:00, raised at 11:00, lifted at 15:00 (Asia/Shanghai). */
class WarningNoticeDataTest {
    private final IncidentFixture office = new IncidentFixture();
    private final WarningService warnings = new WarningService(office.store, office.clock, office.actors(),
            office.events, office.plans, office.incidents, new LevelAssessor(), IncidentFixture.ZONE);
    private final BoardFormData forms = new BoardFormData(office.incidents, warnings, office.clock, IncidentFixture.ZONE);
    private Warning warning;

    WarningNoticeDataTest() {
        Incident incident = office.incidents.intake(Intake.quick("某校食堂视频", "hype"));
        warning = warnings.decisions().issue(new WarningDraft(List.of(incident.id()), null, "III", null, "全县中小学校",
                List.of("话题可能跨平台传播"), List.of("各成员单位24小时值班"), "chief", "值班会商"));
        office.advance(Duration.ofHours(2));
        warnings.decisions().adjust(warning.id(), new WarningDraft(List.of(), null, "II", null, null, null, null, "commander", null),
                "省级媒体转载");
        office.advance(Duration.ofHours(4));
        warnings.decisions().lift(warning.id(), "整改到位，热度回落");
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theIssueNoticeHasTheLawsFieldsFromTheWarning() {
        WarningNoticeData data = warnings.noticeData(warning.id(), WarningNoticeData.Action.ISSUE);

        assertEquals(WarningNoticeData.Action.ISSUE, data.action());
        assertEquals(office.incidents.planOf(office.incidents.detail(warning.incidentIds().get(0)).incident())
                .category("hype").orElseThrow().name(), data.category());
        assertEquals("橙色（II 级）", data.level(), "the level it stands at now, by its colour and number");
        assertEquals("某校食堂视频", data.situation());
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), data.startsAt());
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), data.issuedAt());
        assertEquals("全县中小学校", data.scope());
        assertEquals(List.of("话题可能跨平台传播"), data.warnings());
        assertEquals(List.of("各成员单位24小时值班"), data.measures());
        assertEquals("值班会商", data.reason());
    }

    @Test
    void theAdjustNoticeNamesTheLevelBeforeAndTheReasonAndTime() {
        WarningNoticeData data = warnings.noticeData(warning.id(), WarningNoticeData.Action.ADJUST);

        assertEquals("黄色（III 级）", data.previousLevel());
        assertEquals("橙色（II 级）", data.level());
        assertEquals("省级媒体转载", data.reason());
        assertEquals(LocalDateTime.of(2026, 3, 2, 11, 0), data.startsAt());
        assertEquals(LocalDateTime.of(2026, 3, 2, 11, 0), data.issuedAt());
    }

    @Test
    void theLiftNoticeCarriesTheLiftReasonAndTimeAndIsFoundThroughTheIncidentToo() {
        WarningNoticeData data = warnings.noticeData(warning.id(), WarningNoticeData.Action.LIFT);

        assertEquals("整改到位，热度回落", data.reason());
        assertEquals(LocalDateTime.of(2026, 3, 2, 15, 0), data.startsAt());
        assertEquals(List.of(), data.warnings(), "后续工作 is left to write by hand");
        assertNull(data.previousLevel());
        assertEquals(data, forms.warningNotice(warning.id(), WarningNoticeData.Action.LIFT).orElseThrow());
        assertEquals(data, forms.newestWarning(warning.incidentIds().get(0))
                .flatMap(id -> forms.warningNotice(id, WarningNoticeData.Action.LIFT)).orElseThrow(),
                "--incident N takes the incident's newest warning");
    }
}
