package org.incidentdesk.service.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementReview;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Release approval (统一口径, R18): drafted, submitted, approved or returned by a leader, released only when approved. */
class StatementApprovalTest {
    private final IncidentFixture office = new IncidentFixture();
    private final IncidentService incidents = office.incidents;
    private final Incident incident = incidents.intake(Intake.quick("网传某小区停水", "inquiry"));

    @AfterEach
    void close() {
        office.close();
    }

    /** The same office's incidents as a signed-in account with {@code roles}. */
    private IncidentService signedIn(String name, Role... roles) {
        return office.incidentsAs(IncidentFixture.account(name, Secrecy.SECRET, roles));
    }

    private static String key(ValidationException refused) {
        return refused.violations().get(0).messageKey();
    }

    private Statement status(Statement statement) {
        return incidents.statements().find(statement.id());
    }

    private List<TimelineEntry> statementEntries() {
        return incidents.detail(incident.id()).timeline().stream()
                .filter(e -> e.fact().getClass().getSimpleName().startsWith("Statement")).toList();
    }

    @Test
    void anUnapprovedVersionCannotBeReleasedInAnyStateAndTheRefusalChangesNothing() {
        IncidentStatements statements = incidents.statements();
        Statement draft = statements.draft(incident.id(), "经核查，网传情况不属实。");
        assertEquals("incident.statementNotApproved",
                key(assertThrows(ValidationException.class, () -> statements.release(draft.id()))));
        statements.submit(draft.id());
        assertEquals("incident.statementNotApproved",
                key(assertThrows(ValidationException.class, () -> statements.release(draft.id()))));
        statements.returnForChanges(draft.id(), "请补充核查单位");
        assertEquals("incident.statementNotApproved",
                key(assertThrows(ValidationException.class, () -> statements.release(draft.id()))));

        assertEquals(StatementStatus.RETURNED, status(draft).status());
        assertTrue(statementEntries().stream().noneMatch(e -> e.fact() instanceof TimelineFact.StatementReleased));
        assertTrue(office.audit().stream().noneMatch(a -> a.action().equals("statementReleased")));
    }

    @Test
    void onlyTheApprovedVersionIsReleasedAndOnlyOnce() {
        IncidentStatements statements = incidents.statements();
        Statement draft = statements.draft(incident.id(), "经核查，网传情况不属实。");
        statements.submit(draft.id());
        statements.approve(draft.id(), null);
        Statement released = statements.release(draft.id());

        assertEquals(StatementStatus.RELEASED, released.status());
        assertEquals("incident.statementNotApproved",
                key(assertThrows(ValidationException.class, () -> statements.release(draft.id()))));
        TimelineEntry entry = statementEntries().getLast();
        assertTrue(entry.fact() instanceof TimelineFact.StatementReleased);
        assertEquals("经核查，网传情况不属实。", entry.personText());
        assertEquals(released, incidents.detail(incident.id()).agreedStatement().orElseThrow());
    }

    @Test
    void aReturnedVersionCarriesTheLeadersCommentsWhoAndWhen() {
        IncidentStatements statements = incidents.statements();
        Statement draft = statements.draft(incident.id(), "网传情况正在核实。");
        statements.submit(draft.id());
        assertEquals("validation.required", key(assertThrows(ValidationException.class,
                () -> statements.returnForChanges(draft.id(), "  "))), "a return needs its comment");
        office.advance(java.time.Duration.ofMinutes(5));
        office.actAs("带班领导乙");
        Statement returned = statements.returnForChanges(draft.id(), " 请写明核实单位和时间 ");

        assertEquals(StatementStatus.RETURNED, returned.status());
        assertEquals("网传情况正在核实。", returned.text(), "a returned text is kept as it was");
        StatementReview review = incidents.detail(incident.id()).reviewsOf(draft.id()).getFirst();
        assertEquals(StatementReview.Decision.RETURNED, review.decision());
        assertEquals("请写明核实单位和时间", review.comment());
        assertEquals("带班领导乙", review.decidedBy());
        assertEquals(office.clock.instant(), review.decidedAt());

        TimelineEntry entry = statementEntries().getLast();
        assertEquals(new TimelineFact.StatementDecided(draft.id(), 1, StatementReview.Decision.RETURNED), entry.fact());
        assertEquals("带班领导乙", entry.actor());
        assertEquals("领导退回口径第 1 稿修改：请写明核实单位和时间",
                new TimelineRenderer(new Messages(Locale.CHINA), IncidentFixture.ZONE).render(entry));
        assertEquals("A leader returned statement version 1 for changes: 请写明核实单位和时间",
                new TimelineRenderer(new Messages(Locale.ENGLISH), IncidentFixture.ZONE).render(entry));
        var audit = office.audit().stream().filter(a -> a.action().equals("statementReturned")).findFirst()
                .orElseThrow();
        assertEquals("statementReturned", audit.action());
        assertEquals("带班领导乙", audit.actor());
        assertTrue(audit.changes().stream().anyMatch(c -> c.field().equals("text")
                && "请写明核实单位和时间".equals(c.after())), "the audit row carries the comment");
    }

    @Test
    void changingAnApprovedTextMakesANewVersionThatNeedsApprovalAgain() {
        IncidentStatements statements = incidents.statements();
        Statement first = statements.draft(incident.id(), "第一稿");
        Statement edited = statements.revise(first.id(), "第一稿（改）");
        assertEquals(first.id(), edited.id(), "a draft changes in place");
        assertEquals(1, edited.revision());
        statements.submit(first.id());
        assertEquals("incident.statementAwaitsDecision",
                key(assertThrows(ValidationException.class, () -> statements.revise(first.id(), "改不了"))));
        statements.approve(first.id(), "同意");

        Statement second = statements.revise(first.id(), "第二稿");
        assertEquals(StatementStatus.DRAFT, second.status());
        assertEquals(2, second.revision());
        assertEquals(first.id(), second.lineageId());
        Statement frozen = status(first);
        assertEquals("第一稿（改）", frozen.text(), "the approved text is frozen");
        assertEquals(StatementStatus.APPROVED, frozen.status());
        assertEquals(frozen, incidents.detail(incident.id()).agreedStatement().orElseThrow(),
                "the approved version stays the agreed wording until the new one is approved");
        assertEquals("incident.statementNotApproved",
                key(assertThrows(ValidationException.class, () -> statements.release(second.id()))));
        assertEquals("incident.statementOpenVersion",
                key(assertThrows(ValidationException.class, () -> statements.revise(first.id(), "第三稿"))),
                "one open version of a statement at a time");

        statements.submit(second.id());
        statements.approve(second.id(), null);
        assertEquals(List.of(StatementStatus.SUPERSEDED, StatementStatus.APPROVED),
                statements.versions(second.id()).stream().map(Statement::status).toList());
        assertEquals(List.of("第一稿（改）", "第二稿"),
                statements.versions(first.id()).stream().map(Statement::text).toList(), "every version is kept");
        assertEquals(second.id(), incidents.detail(incident.id()).agreedStatement().orElseThrow().id());
        assertEquals(List.of("StatementDrafted", "StatementEdited", "StatementSubmitted", "StatementDecided",
                "StatementRevised", "StatementSubmitted", "StatementDecided"),
                statementEntries().stream().map(e -> e.fact().getClass().getSimpleName()).toList());
    }

    @Test
    void onlyALeaderApprovesOrReturnsAndTheApproverIsTheSignedInAccount() {
        Statement draft = incidents.statements().draft(incident.id(), "网传情况正在核实。");
        IncidentService staff = signedIn("办公室丙", Role.OFFICE_STAFF);
        staff.statements().submit(draft.id());

        AccessDenied refused = assertThrows(AccessDenied.class, () -> staff.statements().approve(draft.id(), null));
        assertEquals(Permission.STATEMENT_APPROVE, refused.permission());
        String message = new Messages(Locale.CHINA).describe(refused.violations().get(0));
        assertTrue(message.contains("办公室丙") && message.contains("领导"), "names the account and the role: " + message);
        assertEquals(Permission.STATEMENT_APPROVE, assertThrows(AccessDenied.class,
                () -> staff.statements().returnForChanges(draft.id(), "退回")).permission());
        assertEquals(StatementStatus.SUBMITTED, status(draft).status());
        assertTrue(incidents.detail(incident.id()).statementReviews().isEmpty());

        Statement approved = signedIn("领导丁", Role.LEADER).statements().approve(draft.id(), null);
        assertEquals(StatementStatus.APPROVED, approved.status());
        StatementReview review = incidents.detail(incident.id()).reviewsOf(draft.id()).getFirst();
        assertEquals("领导丁", review.decidedBy());
        assertNull(review.comment());
        assertEquals("领导丁", statementEntries().getLast().actor());
    }
}
