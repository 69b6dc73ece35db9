package org.incidentdesk.service.escalation;

import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.incident.TimelineFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.escalation.CallAttempt;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.event.CallAttemptLogged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;
import org.junit.jupiter.api.Test;

/** The call list of an overdue deadline in the demo office (county plan), and the log of calls made from it. */
class CallListServiceTest {
    /** The county plan's 研判 is due an hour after the report arrives; its chain starts with the command. */
    private static Deadline overdueAssessment(DemoOfficeFixture office) {
        office.followDeadlines();
        Incident incident = office.intake("网传某小区停水", Duration.ofMinutes(5));
        office.start();
        office.scheduler.advanceBy(Duration.ofMinutes(95));
        return office.deadlines.deadlines(incident.id()).stream().filter(d -> d.ruleId().equals("assess-level"))
                .findFirst().orElseThrow();
    }

    @Test
    void listsTheOwnerThenTheChainWithThePeopleTheRosterHasForEachRole() {
        try (DemoOfficeFixture office = new DemoOfficeFixture()) {
            Deadline d = overdueAssessment(office);
            assertEquals(1, d.escalations(), "one step taken after 30 minutes overdue");
            CallList list = office.calls.callList(d.id());

            assertEquals(List.of("office", "command", "office-director", "chief", "commander"),
                    list.callees().stream().map(CallList.Callee::roleId).toList());
            assertEquals(List.of(CallList.Reason.OWNER, CallList.Reason.ESCALATED, CallList.Reason.CHAIN,
                    CallList.Reason.CHAIN, CallList.Reason.CHAIN),
                    list.callees().stream().map(CallList.Callee::reason).toList());
            CallList.Callee director = list.callees().get(2);
            assertEquals("办公室主任", director.roleName());
            CallList.Contact person = director.people().getFirst();
            var inRoster = office.roster.load().person(person.personId()).orElseThrow();
            assertEquals(inRoster.name(), person.name());
            assertEquals(inRoster.mobile(), person.mobile(), "the number comes from the roster");
            assertEquals(inRoster.officePhone(), person.officePhone());
        }
    }

    @Test
    void aRoleTheRosterHasNobodyForIsListedWithoutPeople() {
        try (DemoOfficeFixture office = new DemoOfficeFixture()) {
            office.followDeadlines();
            Incident incident = office.intake("网传某小区停水", Duration.ofMinutes(5));
            Deadline report = office.deadlines.deadlines(incident.id()).stream()
                    .filter(d -> d.ruleId().equals("report-to-office")).findFirst().orElseThrow();
            CallList.Callee owner = office.calls.callList(report.id()).callees().getFirst();
            assertEquals("reporting-unit", owner.roleId(), "事发单位 is known only per incident");
            assertTrue(owner.people().isEmpty());
        }
    }

    @Test
    void aLoggedCallIsStoredOnTheTimelineInTheAuditLogAndAnnounced() {
        try (DemoOfficeFixture office = new DemoOfficeFixture()) {
            Deadline d = overdueAssessment(office);
            CallList.Contact director = office.calls.callList(d.id()).callees().get(2).people().getFirst();

            CallAttempt first = office.calls.logCall(d.id(), "office-director", director.personId(), director.name(),
                    director.mobile(), CallOutcome.NO_ANSWER, "  ");
            office.scheduler.advanceBy(Duration.ofMinutes(2));
            CallAttempt second = office.calls.logCall(d.id(), "office-director", director.personId(), director.name(),
                    director.officePhone(), CallOutcome.REACHED, "答应十分钟内组织研判");

            assertEquals(List.of(first, second), office.calls.attempts(d.id()));
            assertEquals(null, first.note(), "a blank note is no note");
            assertEquals(DemoOfficeFixture.START.plus(Duration.ofMinutes(97)), second.calledAt());
            List<TimelineEntry> calls = office.incidents.detail(d.incidentId()).timeline().stream()
                    .filter(e -> e.kind() == TimelineKind.CALL).toList();
            assertEquals(List.of(
                    new TimelineFact.CallLogged(first.id(), d.id(), d.actionText(), director.name(), "办公室主任",
                            director.mobile(), CallOutcome.NO_ANSWER),
                    new TimelineFact.CallLogged(second.id(), d.id(), d.actionText(), director.name(), "办公室主任",
                            director.officePhone(), CallOutcome.REACHED)),
                    calls.stream().map(TimelineEntry::fact).toList());
            assertEquals(java.util.Arrays.asList(null, "答应十分钟内组织研判"),
                    calls.stream().map(TimelineEntry::personText).toList(), "the note is the person's own words");
            TimelineRenderer zh = new TimelineRenderer(new Messages(Locale.SIMPLIFIED_CHINESE), DemoOfficeFixture.ZONE);
            assertEquals("就“" + d.actionText() + "”致电 " + director.name() + "（办公室主任）" + director.officePhone()
                    + "：已接通：答应十分钟内组织研判", zh.render(calls.get(1)), "the rule by its act, not its id");
            List<AuditEntry> audit = office.store.inTransaction(s -> s.audit().recent(2));
            assertTrue(audit.stream().allMatch(a -> a.action().equals("deadline.call")));
            assertEquals(List.of(CallOutcome.NO_ANSWER, CallOutcome.REACHED), office.published.stream()
                    .filter(CallAttemptLogged.class::isInstance).map(e -> ((CallAttemptLogged) e).outcome()).toList());
        }
    }

    @Test
    void aCallWithoutNameOrOutcomeOrWithTooLongANoteIsRefusedAndNothingIsWritten() {
        try (DemoOfficeFixture office = new DemoOfficeFixture()) {
            Deadline d = overdueAssessment(office);
            int timeline = office.incidents.detail(d.incidentId()).timeline().size();
            ValidationException refused = assertThrows(ValidationException.class, () -> office.calls.logCall(d.id(),
                    "office", null, " ", null, null, "长".repeat(CallListService.MAX_NOTE + 1)));
            assertEquals(List.of("call.person", "call.note", "call.outcome"),
                    refused.violations().stream().map(v -> v.field()).toList());
            assertTrue(office.calls.attempts(d.id()).isEmpty());
            assertEquals(timeline, office.incidents.detail(d.incidentId()).timeline().size());
        }
    }
}
