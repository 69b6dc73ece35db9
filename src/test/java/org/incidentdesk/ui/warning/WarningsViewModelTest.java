package org.incidentdesk.ui.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The warning panel and the shell's office level, on the demo office (county plan), without the toolkit. */
class WarningsViewModelTest {
    /** The demo office's county plan raises levels from 03-03 to 03-15 (全国两会期间); the fixture starts 03-02 10:00. */
    private static final Instant TWO_SESSIONS_BEGIN = Instant.parse("2026-03-02T16:00:00Z");

    private final ViewModelFixture fixture = new ViewModelFixture();
    private final WarningService warnings = fixture.context.warnings();
    private final List<Long> opened = new ArrayList<>();
    private final WarningsViewModel panel = new WarningsViewModel(warnings, fixture.context.incidents(),
            fixture.context.plans(), fixture.context.documents(), fixture.tasks, fixture.dialogs, fixture.messages,
            fixture.events, fixture.alarms, fixture.time.clock(), fixture.context.zone(), opened::add);
    private final OfficeWarningViewModel office = new OfficeWarningViewModel(warnings, fixture.tasks, fixture.events,
            fixture.alarms, fixture.time.clock(), fixture.context.zone());

    @AfterEach
    void close() {
        panel.deactivate();
        office.stop();
        fixture.close();
    }

    private Incident incident(String title) {
        return fixture.context.incidents().intake(Intake.quick(title, "inquiry"));
    }

    /** Issued by the role the county plan gives the level (II: 总指挥, IV: 指挥长), with a reason: no assessment here. */
    private Warning issue(Incident incident, String levelId, String scope) {
        return warnings.decisions().issue(new WarningDraft(List.of(incident.id()), null, levelId, null, scope,
                List.of("网上舆情可能扩大"), List.of("各成员单位加强值守"), null, "会商决定"));
    }

    @Test
    void showsABlockPerActiveWarningMostSevereFirstWithItsColourAndTheOfficeLevel() {
        Incident water = incident("网传城东小区连续停水");
        Incident school = incident("网传学校食堂卫生问题");
        issue(water, "IV", "城东街道");
        issue(school, "II", "全县");
        panel.activate();
        office.start();

        assertEquals(List.of("II", "IV"), panel.cards().stream().map(c -> c.warning().levelId()).toList());
        WarningCard orange = panel.cards().get(0);
        assertEquals("#F57C00", orange.colour());
        assertEquals("II 级 橙色", panel.levelText(orange));
        assertEquals(List.of("网传学校食堂卫生问题"), orange.incidents().stream().map(IncidentRef::title).toList());
        assertFalse(orange.notices().isEmpty(), "the plan's member units are told to prepare");
        assertEquals(orange.id(), panel.selectedIdProperty().get(), "the most severe is selected first");
        assertEquals(orange.notices(), List.copyOf(panel.notices()));
        assertEquals("当前预警：II 级 橙色（共 2 项）", office.badgeText(fixture.messages));
        assertEquals(java.util.Optional.of("#F57C00"), office.badgeColour());
    }

    @Test
    void theBlocksAndTheOfficeLevelFollowIssueAndLiftWithoutAReload() {
        panel.activate();
        office.start();
        assertTrue(panel.cards().isEmpty());
        assertEquals("无预警", office.badgeText(fixture.messages));

        Warning blue = issue(incident("供水管道检修问询"), "IV", "城东街道");
        assertEquals(List.of(blue.id()), panel.cards().stream().map(WarningCard::id).toList());
        assertEquals("当前预警：IV 级 蓝色", office.badgeText(fixture.messages));

        warnings.decisions().lift(blue.id(), "管道已修复，舆情平息");
        assertTrue(panel.cards().isEmpty());
        assertEquals("无预警", office.badgeText(fixture.messages));
        assertEquals(List.of("LIFTED", "ISSUED"), panel.history().stream().map(c -> c.kind().name()).toList(),
                "newest first");
    }

    @Test
    void theSensitivePeriodBannerAppearsAtMidnightWhenThePeriodBegins() {
        office.start();
        assertEquals("", office.bannerText(fixture.messages), "03-02 is before 全国两会期间");

        fixture.time.advanceTo(TWO_SESSIONS_BEGIN.minusSeconds(1));
        assertEquals("", office.bannerText(fixture.messages));
        fixture.time.advanceTo(TWO_SESSIONS_BEGIN);
        assertEquals("敏感时期：全国两会期间（每年3月3日–3月15日），研判等级上调一级", office.bannerText(fixture.messages));
        assertEquals(1, fixture.armed("warnings: office level"), "re-armed for the next midnight");
    }

    @Test
    void historyFiltersByIncidentAndReceiptIsRecordedWithWhoConfirmed() {
        Incident water = incident("网传城东小区连续停水");
        Incident school = incident("网传学校食堂卫生问题");
        issue(water, "IV", "城东街道");
        Warning orange = issue(school, "II", "全县");
        panel.activate();
        assertEquals(2, panel.history().size());

        panel.historyFilterProperty().set(panel.historyIncidents().stream()
                .filter(i -> i != null && i.id() == school.id()).findFirst().orElseThrow());
        assertEquals(List.of(orange.number()), panel.history().stream().map(c -> c.warningNumber()).toList());

        var notice = panel.notices().get(0);
        fixture.dialogs.answer("值班员小周");
        panel.acknowledge(notice);
        var acknowledged = panel.notices().stream().filter(n -> n.id() == notice.id()).findFirst().orElseThrow();
        assertEquals("值班员小周", acknowledged.acknowledgedBy());
        assertEquals(1, panel.cards().get(0).acknowledgedCount());
    }

    @Test
    void anIncidentLinkSelectsItOnTheBoard() {
        Incident water = incident("网传城东小区连续停水");
        issue(water, "IV", "城东街道");
        panel.activate();
        panel.openIncident(panel.cards().get(0).incidents().get(0));
        assertEquals(List.of(water.id()), opened);
    }
}
