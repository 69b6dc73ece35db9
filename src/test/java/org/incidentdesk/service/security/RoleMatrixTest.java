package org.incidentdesk.service.security;

import static org.incidentdesk.domain.security.Permission.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.service.sharing.DatabaseCopyService;
import org.incidentdesk.architecture.GuardRules;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.RolePolicy;
import org.incidentdesk.service.drill.DrillRunner;
import org.incidentdesk.service.warning.IncidentEnding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every guarded service method against every role (issue 20 item 2, "a test matrix covers every service action
 * against every role"). Each method is called as an account holding one role: where the policy refuses the action
 * the service must throw {@link AccessDenied} naming that action; where it allows it the guard must let the call
 * through (the call then fails on its deliberately empty arguments or succeeds, either way not for want of a role).
 * A second test holds the table to the code: every public service method that calls the guard is in it.
 */
class RoleMatrixTest {
    private static final long NONE = 999_999L;

    @TempDir
    static Path dir;
    private static RoleOffice office;
    private static HandlingTask taskRead;
    private static long taskUnitId;

    /** One guarded service method, the action it needs, and a call of it as whoever acts now. */
    private record Row(String method, Permission needs, Call call) {
    }

    @FunctionalInterface
    private interface Call {
        void on(AppContext c) throws Exception;
    }

    @BeforeAll
    static void openTheOffice() {
        office = new RoleOffice(dir.resolve("office"));
        Incident incident = office.intake("网传某小区停水");
        taskUnitId = office.unitNamed("县公安局");
        HandlingTask task = office.context.incidents().assignTask(incident.id(), taskUnitId, "核实情况", null);
        taskRead = task;
    }

    @AfterAll
    static void closeTheOffice() {
        office.close();
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // incidents
        rows.add(new Row("IncidentService.intake", INCIDENT_CREATE, c -> c.incidents().intake(null)));
        rows.add(new Row("IncidentService.updateFacts", INCIDENT_EDIT,
                c -> c.incidents().updateFacts(null, null, null, null)));
        rows.add(new Row("IncidentService.advance", INCIDENT_EDIT,
                c -> c.incidents().advance(NONE, IncidentPhase.ASSESSING)));
        rows.add(new Row("IncidentService.advance", INCIDENT_CLOSE,
                c -> c.incidents().advance(NONE, IncidentPhase.ENDED)));
        rows.add(new Row("IncidentService.addNote", INCIDENT_RECORD, c -> c.incidents().addNote(NONE, null)));
        rows.add(new Row("IncidentService.addMetrics", INCIDENT_EDIT, c -> c.incidents().addMetrics(NONE, null)));
        rows.add(new Row("IncidentService.assess", INCIDENT_ASSESS,
                c -> c.incidents().assess(NONE, (org.incidentdesk.domain.plan.EventFacts) null)));
        rows.add(new Row("IncidentService.assess", INCIDENT_ASSESS,
                c -> c.incidents().assess(NONE, (java.util.Collection<String>) null)));
        rows.add(new Row("IncidentService.confirm", INCIDENT_ASSESS, c -> c.incidents().confirm(NONE)));
        rows.add(new Row("IncidentService.override", INCIDENT_ASSESS, c -> c.incidents().override(NONE, null, null)));
        rows.add(new Row("IncidentService.assignTask", TASK_ASSIGN,
                c -> c.incidents().assignTask(NONE, NONE, null, null)));
        rows.add(new Row("IncidentService.updateTask", TASK_UPDATE, c -> c.incidents().updateTask(taskRead, null, null)));
        rows.add(new Row("IncidentStatements.draft", STATEMENT_DRAFT,
                c -> c.incidents().statements().draft(NONE, null)));
        rows.add(new Row("IncidentStatements.revise", STATEMENT_DRAFT,
                c -> c.incidents().statements().revise(NONE, null)));
        rows.add(new Row("IncidentStatements.submit", STATEMENT_SUBMIT, c -> c.incidents().statements().submit(NONE)));
        rows.add(new Row("IncidentStatements.approve", STATEMENT_APPROVE,
                c -> c.incidents().statements().approve(NONE, null)));
        rows.add(new Row("IncidentStatements.returnForChanges", STATEMENT_APPROVE,
                c -> c.incidents().statements().returnForChanges(NONE, null)));
        rows.add(new Row("IncidentSecrecy.mark", INCIDENT_EDIT, c -> c.incidents().secrecy().mark(NONE, null)));
        rows.add(new Row("IncidentSecrecy.intake", INCIDENT_CREATE, c -> c.incidents().secrecy().intake(null, null)));
        rows.add(new Row("IncidentSecrecy.updateFacts", INCIDENT_EDIT,
                c -> c.incidents().secrecy().updateFacts(null, null, null, null, null)));
        rows.add(new Row("IncidentStatements.release", STATEMENT_RELEASE,
                c -> c.incidents().statements().release(NONE)));
        rows.add(new Row("MonitoringKeywords.add", INCIDENT_EDIT, c -> c.incidents().keywords().add(NONE, null)));
        rows.add(new Row("MonitoringKeywords.remove", INCIDENT_EDIT, c -> c.incidents().keywords().remove(NONE, null)));
        rows.add(new Row("IncidentParties.set", INCIDENT_EDIT, c -> c.incidents().parties().set(NONE, null, null)));
        rows.add(new Row("ShiftHandovers.write", HANDOVER, c -> c.incidents().handovers().write(null, null)));
        rows.add(new Row("ShiftHandovers.write", HANDOVER, c -> c.incidents().handovers().write(null, null, null)));
        rows.add(new Row("ShiftHandovers.confirm", HANDOVER, c -> c.incidents().handovers().confirm(NONE)));
        rows.add(new Row("ShiftHandovers.confirm", HANDOVER, c -> c.incidents().handovers().confirm(NONE, null)));
        rows.add(new Row("MetricsImportService.apply", INCIDENT_EDIT, c -> c.metricsImport().apply(NONE, null)));
        rows.add(new Row("EvidenceService.attachFile", INCIDENT_RECORD, c -> c.evidence().attachFile(NONE, null, null)));
        rows.add(new Row("EvidenceService.attachLink", INCIDENT_RECORD, c -> c.evidence().attachLink(NONE, null, null)));
        rows.add(new Row("IncidentEnding.end", INCIDENT_CLOSE,
                c -> new IncidentEnding(c.incidents(), c.warnings()).end(NONE, List.of(), null)));
        // deadlines and alerts
        rows.add(new Row("DeadlineService.recordAction", INCIDENT_RECORD, c -> c.deadlines().recordAction(NONE, null)));
        rows.add(new Row("DeadlineService.actDone", INCIDENT_RECORD, c -> c.deadlines().actDone(NONE, null, null, null)));
        rows.add(new Row("DeadlineService.complete", INCIDENT_RECORD, c -> c.deadlines().complete(NONE)));
        rows.add(new Row("DeadlineService.acknowledge", ALERT_ACKNOWLEDGE, c -> c.deadlines().acknowledge(NONE)));
        rows.add(new Row("DeadlineService.acknowledgeDeadline", ALERT_ACKNOWLEDGE,
                c -> c.deadlines().acknowledgeDeadline(NONE)));
        rows.add(new Row("CallListService.logCall", CALL_LOG,
                c -> c.callList().logCall(NONE, null, null, null, null, null, null)));
        // warnings
        rows.add(new Row("WarningDecisions.issue", WARNING_ISSUE, c -> c.warnings().decisions().issue(null)));
        rows.add(new Row("WarningDecisions.approve", WARNING_APPROVE, c -> c.warnings().decisions().approve(NONE)));
        rows.add(new Row("WarningDecisions.adjust", WARNING_ADJUST,
                c -> c.warnings().decisions().adjust(NONE, null, null)));
        rows.add(new Row("WarningDecisions.lift", WARNING_LIFT, c -> c.warnings().decisions().lift(NONE, null)));
        rows.add(new Row("WarningDecisions.lift", WARNING_LIFT, c -> c.warnings().decisions().lift(NONE, null, null)));
        rows.add(new Row("WarningReceipts.acknowledge", WARNING_RECEIPT,
                c -> c.warnings().receipts().acknowledge(NONE, null)));
        rows.add(new Row("WarningAssessmentBoard.recordOpinion", INCIDENT_ASSESS,
                c -> c.warnings().board().recordOpinion(NONE, null, null, null)));
        // roster
        rows.add(new Row("RosterService.savePerson", ROSTER_EDIT, c -> c.roster().savePerson(null)));
        rows.add(new Row("RosterService.deletePerson", ROSTER_EDIT, c -> c.roster().deletePerson(null)));
        rows.add(new Row("RosterService.restore", ROSTER_EDIT, c -> c.roster().restore(null)));
        rows.add(new Row("RosterService.saveUnit", ROSTER_EDIT, c -> c.roster().saveUnit(null)));
        rows.add(new Row("RosterService.deleteUnit", ROSTER_EDIT, c -> c.roster().deleteUnit(null)));
        rows.add(new Row("RosterService.saveShift", ROSTER_EDIT, c -> c.roster().saveShift(null)));
        rows.add(new Row("RosterService.addShift", ROSTER_EDIT, c -> c.roster().addShift(null)));
        rows.add(new Row("RosterService.deleteShift", ROSTER_EDIT, c -> c.roster().deleteShift(null)));
        rows.add(new Row("RosterService.startResponseDuty", RESPONSE_DUTY, c -> c.roster().startResponseDuty(null)));
        rows.add(new Row("RosterService.endResponseDuty", RESPONSE_DUTY, c -> c.roster().endResponseDuty(null)));
        rows.add(new Row("RosterImportService.apply", ROSTER_IMPORT, c -> c.rosterImport().apply(null)));
        rows.add(new Row("RosterExportService.export", ROSTER_EXPORT, c -> c.rosterExport().export(null)));
        // plans
        rows.add(new Row("PlanService.createFromTemplate", PLAN_EDIT, c -> c.plans().createFromTemplate(null, null)));
        rows.add(new Row("PlanService.importPlan", PLAN_IMPORT, c -> c.plans().importPlan((Path) null)));
        rows.add(new Row("PlanService.importPlan", PLAN_IMPORT, c -> c.plans().importPlan(null, null)));
        rows.add(new Row("PlanService.saveNewVersion", PLAN_EDIT, c -> c.plans().saveNewVersion(NONE, 0, null)));
        rows.add(new Row("PlanService.activate", PLAN_ACTIVATE, c -> c.plans().activate(NONE)));
        rows.add(new Row("PlanService.export", PLAN_EXPORT, c -> c.plans().export(null, null)));
        // documents
        rows.add(new Row("DocumentService.saveOffice", SETTINGS, c -> c.documents().saveOffice(null)));
        rows.add(new Row("DocumentService.export", DOCUMENT_ISSUE, c -> c.documents().export(null, null)));
        rows.add(new Row("DocumentService.print", DOCUMENT_PRINT, c -> c.documents().print(null, null, 1, false)));
        rows.add(new Row("DocumentReprints.exportAgain", DOCUMENT_ISSUE, c -> c.reprints().exportAgain(NONE, null)));
        rows.add(new Row("DocumentReprints.printAgain", DOCUMENT_PRINT,
                c -> c.reprints().printAgain(NONE, null, 1, false)));
        rows.add(new Row("ReviewReports.export", DOCUMENT_ISSUE, c -> c.reviewReports().export(NONE, false, null)));
        rows.add(new Row("ReviewReports.print", DOCUMENT_PRINT,
                c -> c.reviewReports().print(NONE, false, null, 1, false)));
        // after-action review
        rows.add(new Row("ReviewService.open", REVIEW_WRITE, c -> c.reviews().open(NONE, false)));
        rows.add(new Row("ReviewService.finish", REVIEW_WRITE, c -> c.reviews().finish(null)));
        rows.add(new Row("ReviewService.reopen", REVIEW_WRITE, c -> c.reviews().reopen(null)));
        rows.add(new Row("ReviewService.markDrill", REVIEW_WRITE, c -> c.reviews().markDrill(null, true)));
        rows.add(new Row("ReviewService.star", REVIEW_WRITE, c -> c.reviews().star(NONE, NONE, true)));
        rows.add(new Row("ReviewService.rate", REVIEW_WRITE, c -> c.reviews().rate(NONE, null, null, null, null)));
        rows.add(new Row("LessonService.add", REVIEW_WRITE, c -> c.reviewWritten().lessons().add(NONE, null, null, null)));
        rows.add(new Row("LessonService.update", REVIEW_WRITE,
                c -> c.reviewWritten().lessons().update(NONE, 0, null, null, null)));
        rows.add(new Row("LessonService.delete", REVIEW_WRITE, c -> c.reviewWritten().lessons().delete(NONE, 0)));
        rows.add(new Row("ImprovementActionService.add", REVIEW_WRITE,
                c -> c.reviewWritten().actions().add(NONE, null, null, null, null)));
        rows.add(new Row("ImprovementActionService.update", REVIEW_WRITE,
                c -> c.reviewWritten().actions().update(NONE, 0, null, null, null)));
        rows.add(new Row("ImprovementActionService.close", REVIEW_WRITE,
                c -> c.reviewWritten().actions().close(NONE, 0, null)));
        rows.add(new Row("ImprovementActionService.delete", REVIEW_WRITE,
                c -> c.reviewWritten().actions().delete(NONE, 0)));
        rows.add(new Row("AccountabilityService.add", REVIEW_WRITE,
                c -> c.reviewWritten().accountability().add(NONE, null, null, null, null)));
        rows.add(new Row("AccountabilityService.update", REVIEW_WRITE,
                c -> c.reviewWritten().accountability().update(NONE, 0, null, null, null, null)));
        rows.add(new Row("AccountabilityService.delete", REVIEW_WRITE,
                c -> c.reviewWritten().accountability().delete(NONE, 0)));
        rows.add(new Row("PlanRevisionService.propose", REVIEW_WRITE,
                c -> c.reviewWritten().revisions().propose(NONE, null, null)));
        rows.add(new Row("PlanRevisionService.adopt", PLAN_EDIT, c -> c.reviewWritten().revisions().adopt(NONE, 0, 0)));
        rows.add(new Row("PlanRevisionService.withdraw", PLAN_EDIT,
                c -> c.reviewWritten().revisions().withdraw(NONE, 0)));
        // the office's data
        rows.add(new Row("BackupService.backupTo", BACKUP_CREATE, c -> c.backups().backupTo(null)));
        rows.add(new Row("BackupService.backupNow", BACKUP_CREATE, c -> c.backups().backupNow(null)));
        rows.add(new Row("RestoreService.restore", BACKUP_RESTORE,
                c -> AppContext.restorer(dir.resolve("elsewhere"), office.clock, office.actors()).restore(null)));
        rows.add(new Row("DatabaseCopyService.copyTo", BACKUP_CREATE, c -> new DatabaseCopyService(() -> {
            throw new AssertionError("the guard comes before the database is opened");
        }, office.actors()).copyTo(null, null, null)));
        rows.add(new Row("DrillRunner.run", DRILL_RUN, c -> new DrillRunner((dataDir, scheduler, zone) -> {
            throw new AssertionError("the guard comes before the drill office is opened");
        }, null, office.actors()).run(null)));
        // audit
        rows.add(new Row("AuditService.read", AUDIT_READ, c -> c.audit().read(null, 0)));
        rows.add(new Row("AuditService.verify", AUDIT_VERIFY, c -> c.audit().verify(null)));
        rows.add(new Row("AuditService.exportCsv", AUDIT_EXPORT, c -> c.audit().exportCsv(null, null, null)));
        rows.add(new Row("AuditService.checkpointTo", AUDIT_CHECKPOINT, c -> c.audit().checkpointTo(null)));
        rows.add(new Row("AuditService.checkpointOnRequest", AUDIT_CHECKPOINT, c -> c.audit().checkpointOnRequest()));
        rows.add(new Row("AuditService.purge", AUDIT_PURGE, c -> c.audit().purge(null, null)));
        rows.add(new Row("AccountService.create", ACCOUNTS_MANAGE, c -> c.accounts().create(
                new org.incidentdesk.service.account.AccountService.NewAccount("x", null, NONE, Set.of(), null),
                new char[0], null)));
        rows.add(new Row("AccountService.disable", ACCOUNTS_MANAGE, c -> c.accounts().disable("nobody")));
        rows.add(new Row("AccountService.enable", ACCOUNTS_MANAGE, c -> c.accounts().enable("nobody")));
        rows.add(new Row("AccountService.changeRoles", ACCOUNTS_MANAGE, c -> c.accounts().changeRoles("nobody",
                java.util.Set.of(Role.OBSERVER), org.incidentdesk.domain.security.Secrecy.NONE)));
        rows.add(new Row("AccountService.resetPassword", ACCOUNTS_MANAGE,
                c -> c.accounts().resetPassword("nobody", new char[0], null)));
        rows.add(new Row("AccountService.changePassword", OWN_PASSWORD,
                c -> c.accounts().changePassword(new char[0], new char[0], null)));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyGuardedMethodAsEveryRole() {
        return rows().stream().flatMap(row -> Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(
                row.method() + " as " + role + (RolePolicy.grants(role, row.needs()) ? " is let through" : " is refused"),
                () -> check(row, role))));
    }

    private static void check(Row row, Role role) {
        // a liaison acts for the unit whose task the matrix updates: their own unit's task is theirs to update
        office.actAs(RoleOffice.account(role, null, role == Role.UNIT_LIAISON ? taskUnitId : null));
        // a liaison's own-unit grant lets the call through the first check; their unit is checked on the row itself
        boolean allowed = RolePolicy.grants(role, row.needs())
                || row.needs() == TASK_UPDATE && RolePolicy.grants(role, TASK_UPDATE_OWN_UNIT)
                || row.needs() == WARNING_RECEIPT && RolePolicy.grants(role, WARNING_RECEIPT_OWN_UNIT);
        Throwable thrown = null;
        try {
            row.call().on(office.context);
        } catch (Throwable t) {
            thrown = t;
        } finally {
            office.actAsWorkstation();
        }
        if (allowed) {
            // let through the guard; the deliberately empty arguments may stop it afterwards
            assertFalse(thrown instanceof AccessDenied, row.method() + " refused " + role + ", which may " + row.needs());
        } else {
            AccessDenied denied = assertInstanceOf(AccessDenied.class, thrown,
                    row.method() + " must refuse " + role + " before anything else");
            assertEquals(row.needs(), denied.permission(), "the refusal names the action");
        }
    }

    @Test
    void theMatrixCoversEveryPublicServiceMethodThatCallsTheGuard() {
        Set<String> guarded = GuardRules.guardedMethods(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.incidentdesk.service"));
        Set<String> inMatrix = rows().stream().map(Row::method).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(guarded.size() > 60, "the importer found the guarded methods: " + guarded);
        assertEquals(guarded, inMatrix, "guarded service methods and the rows of the role matrix");
    }

    @Test
    void everyActionIsGivenToSomeRoleAndTheWorkstationMayDoAll() {
        for (Permission permission : Permission.values()) {
            assertFalse(RolePolicy.rolesFor(permission).isEmpty(), permission + " is nobody's");
        }
        assertEquals(Set.of(OWN_PASSWORD), RolePolicy.of(Role.OBSERVER), "an observer changes nothing");
    }
}
