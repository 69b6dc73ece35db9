package org.incidentdesk.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.service.audit.AuditService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refusals issue 20 names: each role's denied actions are denied by the service itself, and say why. */
class RoleRefusalsTest {
    private static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null);

    @TempDir
    Path dir;
    private RoleOffice office;
    private Incident incident;

    @BeforeEach
    void open() {
        office = new RoleOffice(dir.resolve("office"));
        incident = office.intake("网传某小区停水");
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theAuditAdministratorCannotChangeIncidents() {
        int entries = office.context.incidents().detail(incident.id()).timeline().size();
        office.actAs(RoleOffice.account(Role.AUDIT_ADMIN, null, null));

        AccessDenied note = assertThrows(AccessDenied.class, () -> office.context.incidents().addNote(incident.id(), "记录"));
        assertEquals(Permission.INCIDENT_RECORD, note.permission());
        assertThrows(AccessDenied.class, () -> office.intake("另一起事件"));
        assertThrows(AccessDenied.class, () -> office.context.incidents().advance(incident.id(), IncidentPhase.ASSESSING));
        assertThrows(AccessDenied.class, () -> office.context.incidents().statements().draft(incident.id(), "口径"));

        office.actAsWorkstation();
        assertEquals(entries, office.context.incidents().detail(incident.id()).timeline().size(), "nothing recorded");
        assertEquals(1, office.context.incidents().list().size(), "no incident taken");
        assertEquals(IncidentPhase.RECEIVED, office.context.incidents().detail(incident.id()).incident().phase());
    }

    @Test
    void aRefusalNamesTheActionTheRolesThatMayAndTheAccountsOwnInBothLanguages() {
        office.actAs(RoleOffice.account(Role.AUDIT_ADMIN, null, null));
        AccessDenied denied = assertThrows(AccessDenied.class, () -> office.intake("另一起事件"));

        String chinese = new Messages(Locale.SIMPLIFIED_CHINESE).describe(denied.violations().get(0));
        assertEquals("当前账号“account-audit_admin”（审计管理员）无权登记事件：需要以下角色之一：领导、办公室。", chinese);
        String english = new Messages(Locale.ENGLISH).describe(denied.violations().get(0));
        assertEquals("Account \"account-audit_admin\" (audit administrator) may not register an incident: it needs one"
                + " of these roles: leader, office staff.", english);
    }

    @Test
    void nobodyButTheAuditAdministratorReadsExportsOrPurgesTheAudit() throws Exception {
        office.clock.advance(Duration.ofDays(200));
        LocalDate old = LocalDate.ofInstant(office.clock.instant(), RoleOffice.ZONE).minusDays(190);
        Path export = dir.resolve("audit.csv");
        for (Role role : Role.values()) {
            if (role == Role.AUDIT_ADMIN) {
                continue;
            }
            office.actAs(RoleOffice.account(role, null, null));
            AuditService audit = office.context.audit();
            assertEquals(Permission.AUDIT_PURGE,
                    assertThrows(AccessDenied.class, () -> audit.purge(old, RoleOffice.ZONE), role.name()).permission());
            assertEquals(Permission.AUDIT_EXPORT, assertThrows(AccessDenied.class,
                    () -> audit.exportCsv(EVERYTHING, export, RoleOffice.ZONE), role.name()).permission());
            assertThrows(AccessDenied.class, () -> audit.read(EVERYTHING, 10), role.name());
            assertThrows(AccessDenied.class, () -> audit.verify(List.of()), role.name());
        }
        assertFalse(Files.exists(export), "no export was written");

        office.actAs(RoleOffice.account(Role.AUDIT_ADMIN, null, null));
        AuditService audit = office.context.audit();
        assertThrows(ValidationException.class, () -> audit.purge(LocalDate.ofInstant(office.clock.instant(),
                RoleOffice.ZONE).minusDays(30), RoleOffice.ZONE), "entries younger than 180 days stay, whoever asks");
        assertTrue(audit.exportCsv(EVERYTHING, export, RoleOffice.ZONE) > 0);
        assertTrue(Files.size(export) > 0);
        AuditService.Purged purged = audit.purge(old, RoleOffice.ZONE);
        assertTrue(purged.entries() > 0, "the seeding and the intake, 200 days ago, are purged");
        assertTrue(audit.verify(List.of()).intact(), "the shortened chain still verifies");
    }

    @Test
    void anObserverReadsTheBoardButCannotWrite() {
        office.actAs(RoleOffice.account(Role.OBSERVER, null, null));

        assertEquals(List.of(incident.id()),
                office.context.incidents().summaries().stream().map(s -> s.incident().id()).toList());
        assertEquals(incident.title(), office.context.incidents().detail(incident.id()).incident().title());
        assertFalse(office.context.roster().load().people().isEmpty());

        assertThrows(AccessDenied.class, () -> office.context.incidents().addNote(incident.id(), "记录"));
        assertThrows(AccessDenied.class, () -> office.context.incidents().assignTask(incident.id(),
                office.unitNamed("县公安局"), "核实", null));
        assertThrows(AccessDenied.class, () -> office.context.warnings().decisions().issue(new WarningDraft(
                List.of(incident.id()), null, "III", null, "全县", List.of("话题扩散"), List.of("值班"), null, "会商")));
        assertThrows(AccessDenied.class, () -> office.context.deadlines().acknowledge(incident.id()));
        assertThrows(AccessDenied.class, () -> office.context.roster().savePerson(office.person("沈一苇")));
    }

    @Test
    void aLiaisonUpdatesTheirOwnUnitsTaskButNotAnothers() {
        long police = office.unitNamed("县公安局");
        long security = office.unitNamed("县国安局");
        HandlingTask ours = office.context.incidents().assignTask(incident.id(), police, "核实情况", null);
        HandlingTask theirs = office.context.incidents().assignTask(incident.id(), security, "研判来源", null);
        office.actAs(RoleOffice.account(Role.UNIT_LIAISON, office.person("许晨阳").id(), police));

        assertEquals(List.of(ours.id()), office.context.incidents().detail(incident.id()).tasks().stream()
                .map(HandlingTask::id).toList(), "a liaison sees their own unit's tasks only");
        HandlingTask updated = office.context.incidents().updateTask(ours, TaskStatus.IN_PROGRESS, "已联系属地派出所");
        assertEquals(TaskStatus.IN_PROGRESS, updated.status());
        AccessDenied denied = assertThrows(AccessDenied.class,
                () -> office.context.incidents().updateTask(theirs, TaskStatus.DONE, "已完成"));
        assertEquals("access.otherUnit", denied.violations().get(0).messageKey());
        assertTrue(new Messages(Locale.SIMPLIFIED_CHINESE).describe(denied.violations().get(0)).contains("只能处理本单位的任务"));
        assertThrows(AccessDenied.class, () -> office.context.incidents().assignTask(incident.id(), police, "再核实", null),
                "a liaison gives no tasks");

        office.actAs(RoleOffice.account(Role.OBSERVER, null, null));
        assertEquals(2, office.context.incidents().detail(incident.id()).tasks().size(), "an observer reads them all");
        office.actAsWorkstation();
        assertEquals(TaskStatus.OPEN, office.context.incidents().detail(incident.id()).tasks().stream()
                .filter(t -> t.id() == theirs.id()).findFirst().orElseThrow().status());
    }

    @Test
    void aLiaisonConfirmsTheirOwnUnitsWarningNoticeButNotAnothers() {
        Warning warning = office.context.warnings().decisions().issue(new WarningDraft(List.of(incident.id()), null,
                "III", null, "全县", List.of("话题扩散"), List.of("各成员单位值班"), "chief", "值班会商"));
        List<UnitNotice> notices = office.context.warnings().receipts().of(warning.id());
        assertTrue(notices.size() >= 2, "the plan notifies several units: " + notices);
        UnitNotice ours = notices.get(0);
        UnitNotice theirs = notices.get(1);
        office.actAs(RoleOffice.account(Role.UNIT_LIAISON, null, ours.unitId()));

        assertEquals("access.otherUnit", assertThrows(AccessDenied.class,
                () -> office.context.warnings().receipts().acknowledge(theirs.id(), "联络员")).violations().get(0)
                .messageKey());
        assertTrue(office.context.warnings().receipts().acknowledge(ours.id(), "联络员").acknowledged());
        office.actAsWorkstation();
        assertFalse(office.context.warnings().receipts().of(warning.id()).stream()
                .filter(n -> n.id() == theirs.id()).findFirst().orElseThrow().acknowledged());
    }
}
