package org.incidentdesk.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.service.escalation.CallList;
import org.incidentdesk.ui.ViewModelFixture;
import org.incidentdesk.ui.alerts.CallListViewModel.CallRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The call list of an overdue 研判 in the demo office, without the toolkit. */
class CallListViewModelTest {
    private final ViewModelFixture f = new ViewModelFixture();
    private final Incident incident;
    private final Deadline assess;
    private final CallListViewModel calls;

    CallListViewModelTest() {
        f.context.startDeadlineAlarms();
        OffsetDateTime now = f.time.clock().instant().atZone(f.context.zone()).toOffsetDateTime();
        incident = f.context.incidents().intake(new Intake("网传某小区停水", "inquiry", now.minusMinutes(5), null,
                IncidentFacts.NONE));
        f.time.advanceBy(Duration.ofMinutes(95));
        assess = f.context.deadlines().deadlines(incident.id()).stream()
                .filter(d -> d.ruleId().equals("assess-level")).findFirst().orElseThrow();
        calls = new CallListViewModel(f.context.callList(), f.tasks, f.dialogs, f.messages, f.context.zone(),
                assess.id());
        calls.load();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private CallRow row(String roleId) {
        return calls.rows().stream().filter(r -> r.roleId().equals(roleId)).findFirst().orElseThrow();
    }

    @Test
    void oneRowPerPersonToPhoneWithTheirNumbersAndWhyTheyAreListed() {
        CallRow director = row("office-director");
        var person = f.context.roster().load().person(director.personId()).orElseThrow();
        assertEquals(person.name(), director.personName());
        assertEquals(List.of(person.mobile(), person.officePhone()), director.numbers());
        assertEquals("后续督办", calls.reasonText(director));
        assertEquals("已督办上报", calls.reasonText(row("command")));
        assertEquals("责任方", calls.reasonText(calls.rows().getFirst()));
        assertTrue(calls.headingProperty().get().contains("网传某小区停水"));
    }

    @Test
    void choosingAPersonOffersTheirMobileFirst() {
        CallRow director = row("office-director");
        calls.selectedProperty().set(director);
        assertEquals(director.mobile(), calls.phoneProperty().get());
        calls.selectedProperty().set(null);
        assertNull(calls.phoneProperty().get());
    }

    @Test
    void aLoggedCallJoinsTheHistoryAndTheIncidentsTimelineAndTheFormIsReadyForTheNext() {
        CallRow director = row("office-director");
        calls.selectedProperty().set(director);
        calls.outcomeProperty().set(CallOutcome.LEFT_MESSAGE);
        calls.noteProperty().set("请其回电");

        calls.logCall();

        assertEquals(1, calls.attempts().size());
        assertEquals(CallOutcome.LEFT_MESSAGE, calls.attempts().getFirst().outcome());
        assertEquals(director.mobile(), calls.attempts().getFirst().phone());
        assertTrue(calls.attemptText(calls.attempts().getFirst()).contains("已留言：请其回电"));
        assertEquals("", calls.noteProperty().get());
        assertNull(calls.outcomeProperty().get());
        assertEquals(Map.of(), calls.problemsProperty().get());
        assertEquals(1, f.context.incidents().detail(incident.id()).timeline().stream()
                .filter(e -> e.kind() == TimelineKind.CALL).count());
    }

    @Test
    void withoutAPersonOrAnOutcomeTheFormSaysWhatIsMissingAndNothingIsLogged() {
        calls.outcomeProperty().set(CallOutcome.REACHED);
        calls.logCall();
        assertEquals(Map.of("call.person", "请先在名单中选择被呼叫人"), calls.problemsProperty().get());

        calls.selectedProperty().set(row("office"));
        calls.outcomeProperty().set(null);
        calls.logCall();
        assertEquals("呼叫结果不能为空", calls.problemsProperty().get().get("call.outcome"));
        assertTrue(f.context.callList().attempts(assess.id()).isEmpty());
    }

    @Test
    void aRoleWithNobodyInTheRosterIsARowWithoutAPerson() {
        Deadline report = f.context.deadlines().deadlines(incident.id()).stream()
                .filter(d -> d.ruleId().equals("report-to-office")).findFirst().orElseThrow();
        CallListViewModel reportCalls = new CallListViewModel(f.context.callList(), f.tasks, f.dialogs, f.messages,
                f.context.zone(), report.id());
        reportCalls.load();
        CallRow owner = reportCalls.rows().getFirst();
        assertEquals(CallList.Reason.OWNER, owner.reason());
        assertTrue(!owner.hasPerson() && owner.numbers().isEmpty());
    }
}
