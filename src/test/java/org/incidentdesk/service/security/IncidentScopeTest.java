package org.incidentdesk.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.app.WindowCliEnvironment;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.documents.FormRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A unit liaison sees only the incidents in which their unit has a task or plays a party of the plan, on every read
 * path (board, list, detail by id or number, notes for search, issued documents); a direct request for another
 * incident is refused naming what it needs; every other role sees all.
 */
class IncidentScopeTest {
    @TempDir
    Path dir;
    private RoleOffice office;
    private Incident tasked;
    private Incident party;
    private Incident others;
    private Incident untouched;
    private long police;
    private long security;

    @BeforeEach
    void open() {
        office = new RoleOffice(dir.resolve("office"));
        police = office.unitNamed("县公安局");
        security = office.unitNamed("县国安局");
        tasked = office.intake("网传某校食堂视频");
        party = office.intake("某小区停水引发议论");
        others = office.intake("某景区门票争议");
        untouched = office.intake("某路段交通事故传言");
        office.context.incidents().assignTask(tasked.id(), police, "核实情况", null);
        office.context.incidents().assignTask(tasked.id(), security, "研判来源", null);
        office.context.incidents().assignTask(others.id(), security, "核实账号", null);
        String roleId = office.context.incidents().parties().of(party.id()).getFirst().roleId();
        office.context.incidents().parties().set(party.id(), roleId, police);
        office.context.incidents().addNote(tasked.id(), "联络员可见的记录");
        office.context.incidents().addNote(others.id(), "其他单位的记录");
    }

    @AfterEach
    void close() {
        office.close();
    }

    private void actAsPoliceLiaison() {
        office.actAs(RoleOffice.account(Role.UNIT_LIAISON, office.person("许晨阳").id(), police));
    }

    private List<Long> listed() {
        return office.context.incidents().list().stream().map(Incident::id).toList();
    }

    private List<Long> onTheBoard() {
        return office.context.incidents().summaries().stream().map(s -> s.incident().id()).toList();
    }

    @Test
    void aLiaisonListsOnlyTheIncidentsOfTheirUnitsTasksAndParties() {
        actAsPoliceLiaison();

        List<Long> ours = List.of(party.id(), tasked.id()); // newest number first
        assertEquals(ours, listed());
        assertEquals(ours, onTheBoard());
        assertEquals(ours, office.context.incidents().summaries(10).stream().map(s -> s.incident().id()).toList());
        assertEquals(List.of(party.id()), office.context.incidents().summaries(1).stream()
                .map(s -> s.incident().id()).toList(), "the first page is the newest of their own");
        assertTrue(office.context.incidents().summary(tasked.id()).isPresent());
        assertTrue(office.context.incidents().summary(others.id()).isEmpty(), "the board gets no row of another's");
        assertEquals(List.of(tasked.id()), List.copyOf(office.context.incidents().noteTexts().keySet()));
    }

    @Test
    void aUnitSentTheNoticeOfAWarningSeesTheIncidentsBehindIt() {
        Warning warning = office.context.warnings().decisions().issue(new WarningDraft(List.of(untouched.id()), null,
                "III", null, "全县", List.of("话题扩散"), List.of("各成员单位值班"), "chief", "值班会商"));
        long noticed = office.context.warnings().receipts().of(warning.id()).getFirst().unitId();
        office.actAs(RoleOffice.account(Role.UNIT_LIAISON, null, noticed));

        assertTrue(listed().contains(untouched.id()), "the warned incident: " + listed());
        assertEquals(untouched.id(), office.context.incidents().detail(untouched.id()).incident().id());
    }

    @Test
    void aLiaisonsBoardShowsOnlyTheirOwnUnitsOpenTasks() {
        actAsPoliceLiaison();

        var row = office.context.incidents().summaries().stream().filter(s -> s.incident().id() == tasked.id())
                .findFirst().orElseThrow();
        assertEquals(List.of("县公安局"), row.openTaskUnits());
        assertEquals(List.of("县公安局"), office.context.incidents().detail(tasked.id()).tasks().stream()
                .map(HandlingTask::unitName).toList());
    }

    @Test
    void anotherIncidentAskedForDirectlyIsRefusedNamingWhatIsNeeded() {
        actAsPoliceLiaison();

        AccessDenied byId = assertThrows(AccessDenied.class, () -> office.context.incidents().detail(others.id()));
        assertEquals("access.outsideScope", byId.violations().getFirst().messageKey());
        AccessDenied byNumber = assertThrows(AccessDenied.class,
                () -> office.context.incidents().detail(untouched.number().toString()));
        String zh = new Messages(Locale.SIMPLIFIED_CHINESE).describe(byNumber.violations().getFirst());
        assertTrue(zh.contains(untouched.number().toString()) && zh.contains("成员单位联络员") && zh.contains("办公室")
                && !zh.contains("成员单位联络员、"), zh);
        String en = new Messages(Locale.ENGLISH).describe(byNumber.violations().getFirst());
        assertTrue(en.contains("unit liaison") && en.contains(untouched.number().toString()), en);

        assertEquals(tasked.id(), office.context.incidents().detail(tasked.number().toString()).incident().id());
        assertEquals(party.id(), office.context.incidents().detail(party.id()).incident().id(),
                "a party of the plan is the unit's incident too");
    }

    @Test
    void aLiaisonUpdatesTheirUnitsTaskAndNoOtherUnitsEvenInAnIncidentTheySee() {
        HandlingTask ours = office.context.incidents().detail(tasked.id()).tasks().stream()
                .filter(t -> t.unitId() == police).findFirst().orElseThrow();
        HandlingTask theirs = office.context.incidents().detail(tasked.id()).tasks().stream()
                .filter(t -> t.unitId() == security).findFirst().orElseThrow();
        HandlingTask elsewhere = office.context.incidents().detail(others.id()).tasks().getFirst();
        actAsPoliceLiaison();

        assertEquals(TaskStatus.IN_PROGRESS,
                office.context.incidents().updateTask(ours, TaskStatus.IN_PROGRESS, "已联系派出所").status());
        assertEquals("access.otherUnit", assertThrows(AccessDenied.class,
                () -> office.context.incidents().updateTask(theirs, TaskStatus.DONE, "完成")).violations()
                .getFirst().messageKey());
        assertThrows(AccessDenied.class,
                () -> office.context.incidents().updateTask(elsewhere, TaskStatus.DONE, "完成"));

        office.actAsWorkstation();
        assertEquals(TaskStatus.OPEN, office.context.incidents().detail(tasked.id()).tasks().stream()
                .filter(t -> t.id() == theirs.id()).findFirst().orElseThrow().status(), "nothing was changed");
        assertEquals(TaskStatus.OPEN, office.context.incidents().detail(others.id()).tasks().getFirst().status());
    }

    @Test
    void aLiaisonSeesOnlyTheDocumentsOfTheirIncidents() {
        office.context.documents().export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(tasked.id()),
                dir.resolve("ours.pdf"));
        IssuedDocument foreign = office.context.documents().export(
                FormRequest.of(FormKind.FIRST_REPORT).forIncident(others.id()), dir.resolve("theirs.pdf")).record();
        actAsPoliceLiaison();

        assertEquals(List.of(tasked.id()), office.context.documents().recentlyIssued(10).stream()
                .map(IssuedDocument::incidentId).toList());
        assertEquals(List.of(tasked.id()), office.context.reprints().issued(null, null, 10).stream()
                .map(IssuedDocument::incidentId).toList());
        assertTrue(office.context.reprints().issued(null, others.id(), 10).isEmpty());
        AccessDenied denied = assertThrows(AccessDenied.class,
                () -> office.context.reprints().original(foreign.id()));
        assertEquals("access.outsideScope", denied.violations().getFirst().messageKey());
    }

    @Test
    void theCommandLineListsAndShowsOnlyTheLiaisonsIncidents() {
        actAsPoliceLiaison();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RootCommand.commandLine(new WindowCliEnvironment(office.context), new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertEquals(0, cli.execute("incident", "list"));
        String listed = out.toString();
        assertTrue(listed.contains(tasked.number().toString()) && listed.contains(party.number().toString()), listed);
        assertFalse(listed.contains(others.number().toString()) || listed.contains(untouched.number().toString()),
                listed);
        assertEquals(0, cli.execute("incident", "show", tasked.number().toString()));
        assertEquals(2, cli.execute("incident", "show", others.number().toString()));
        assertTrue(err.toString().contains("只能查看本单位承担任务或作为当事单位的事件")
                && err.toString().contains(others.number().toString()), err.toString());
    }

    @Test
    void everyOtherRoleSeesEveryIncidentAndALiaisonOfNoUnitSeesNone() {
        List<Long> all = List.of(untouched.id(), others.id(), party.id(), tasked.id());
        for (Role role : List.of(Role.OFFICE_STAFF, Role.LEADER, Role.OBSERVER, Role.SYSTEM_ADMIN,
                Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            office.actAs(RoleOffice.account(role, null, null));
            assertEquals(all, listed(), role.name());
            assertEquals(others.id(), office.context.incidents().detail(others.id()).incident().id(), role.name());
        }
        office.actAs(RoleOffice.account(Role.UNIT_LIAISON, null, null));
        assertTrue(listed().isEmpty());
        assertTrue(onTheBoard().isEmpty());
        assertThrows(AccessDenied.class, () -> office.context.incidents().detail(tasked.id()));
        office.actAsWorkstation();
        assertFalse(listed().isEmpty());
    }
}
