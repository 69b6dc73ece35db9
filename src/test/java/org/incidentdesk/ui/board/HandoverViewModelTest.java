package org.incidentdesk.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.service.handover.HandoverBriefing;
import org.incidentdesk.ui.ViewModelFixture;
import org.incidentdesk.ui.common.Failures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generated handover and its confirmation by a name picked from the roster, without the toolkit. */
class HandoverViewModelTest {
    private final ViewModelFixture fixture = new ViewModelFixture();
    private final AppContext office = fixture.context;
    private final HandoverViewModel handover = new HandoverViewModel(office.incidents(),
            new HandoverBriefing(office.incidents(), office.warnings(), office.deadlines(), office.roster(),
                    fixture.time.clock()),
            fixture.tasks, new Failures(fixture.messages, fixture.dialogs, "board.stale"), fixture.messages,
            office.zone(), () -> office.incidents().handovers().latest(), () -> { });

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> errors() {
        return fixture.dialogs.errors().stream().map(e -> e.text()).toList();
    }

    @Test
    void theHandoverIsGeneratedFromTheRecordNamesTheSuccessorAndIsConfirmedByAPickedName() {
        Instant now = fixture.time.clock().instant();
        Incident incident = office.incidents().intake(Intake.quick("网传城东小区连续停水", "inquiry"));
        var assessment = office.incidents().assess(incident.id(), List.of("county-III-happened"));
        office.incidents().confirm(assessment.id());
        var member = office.roster().load().units().stream()
                .filter(u -> u.kind() == org.incidentdesk.domain.roster.UnitKind.MEMBER_UNIT).findFirst().orElseThrow();
        office.incidents().assignTask(incident.id(), member.id(), "核实停水原因", now.plus(Duration.ofHours(3)));
        office.incidents().assignTask(incident.id(), member.id(), "一周后回访", now.plus(Duration.ofDays(7)));
        Warning warning = office.warnings().decisions().issue(new WarningDraft(List.of(incident.id()), null, "III", null,
                "城东街道", List.of("话题可能扩散"), List.of("各成员单位加强值守"), "chief", null));
        Person next = office.roster().load().people().get(1);
        office.roster().addShift(new DutyShift(null, next.unitId(), next.id(), now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(13)), DutyKind.REGULAR, "", 0));

        handover.prepare();
        HandoverViewModel.Draft draft = handover.draftProperty().get();
        assertTrue(draft.openItems().contains(incident.number() + " 网传城东小区连续停水"), draft.openItems());
        assertTrue(draft.openItems().contains("核实停水原因"), "a task due within the next shift is listed");
        assertTrue(!draft.openItems().contains("一周后回访"), "a task due next week is not");
        assertTrue(draft.watchItems().contains(warning.number()), draft.watchItems());
        List<String> unconfirmed = office.warnings().receipts().of(warning.id()).stream().filter(n -> !n.acknowledged())
                .map(UnitNotice::unitName).toList();
        unconfirmed.forEach(name -> assertTrue(draft.watchItems().contains(name), name + " has not confirmed"));
        assertEquals(unconfirmed.isEmpty(), draft.watchItems().contains("未确认收到预警的单位：无"));
        assertEquals(next.name(), draft.successor(), "the person of the next duty shift");
        assertTrue(draft.people().contains(next.name()));

        handover.write(draft.openItems(), draft.watchItems(), draft.successor());
        Handover written = office.incidents().handovers().latest().orElseThrow();
        assertEquals(next.name(), written.successor());
        assertEquals(next.name(), handover.expectedReader());

        handover.confirm("不在通讯录的人");
        assertEquals(List.of("确认人：通讯录中没有“不在通讯录的人”，请从名单中选择本人姓名"), errors());
        handover.confirm(next.name());
        Handover confirmed = office.incidents().handovers().latest().orElseThrow();
        assertEquals(next.name(), confirmed.confirmedBy(), "the person who picked their name, not the account");
    }
}
