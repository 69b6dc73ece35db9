package org.incidentdesk.service.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.escalation.DeadlineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The due time the county plan suggests for a task, on the demo office whose units carry the plan's names. */
class TaskDueTest {
    private final IncidentFixture office = new IncidentFixture();
    private final DeadlineService deadlines = new DeadlineService(office.store, office.clock,
            () -> new Actor("值班员甲"), office.events, office.plans, IncidentFixture.ZONE, AlertPolicy.DEFAULT);
    private final Runnable unfollow = deadlines.followIncidents();

    @AfterEach
    void close() {
        unfollow.run();
        office.close();
    }

    private ContingencyPlan plan(Incident incident) {
        return office.incidents.planOf(incident);
    }

    private OrgUnit rosterUnitPlaying(ContingencyPlan plan, String roleId) {
        String name = plan.organisation().role(roleId).flatMap(r -> plan.organisation().unit(r.unit()))
                .orElseThrow().name();
        return office.store.inTransaction(s -> s.roster().units()).stream().filter(u -> u.name().equals(name))
                .findFirst().orElseThrow();
    }

    private Deadline earliestOpenOwedBy(long incidentId, List<String> roles) {
        return deadlines.deadlines(incidentId).stream()
                .filter(d -> d.state().isOpen() && roles.contains(d.ownerRole())
                        && d.dueAt().isAfter(office.clock.instant()))
                .min(Comparator.comparing(Deadline::dueAt)).orElseThrow();
    }

    @Test
    void aUnitThatOwesADeadlineOfTheIncidentGetsItsDueTime() {
        Incident incident = office.incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        ContingencyPlan plan = plan(incident);
        // the office owes 研判 within an hour of the report: a task for the office falls due with it
        OrgUnit officeUnit = rosterUnitPlaying(plan, "office");
        String officePlanUnit = plan.organisation().role("office").orElseThrow().unit();
        List<String> officeRoles = plan.organisation().roles().stream()
                .filter(r -> officePlanUnit.equals(r.unit())).map(PlanRole::id).toList();
        Deadline owed = earliestOpenOwedBy(incident.id(), officeRoles);

        TaskDue due = office.incidents.suggestTaskDue(incident.id(), officeUnit.id()).orElseThrow();

        assertEquals(TaskDue.Basis.UNIT_DEADLINE, due.basis());
        assertEquals(owed.dueAt(), due.dueAt());
        assertEquals(owed.actionText(), due.ruleText());
    }

    @Test
    void aMemberUnitGetsTheDeadlineOfTheIncidentsOwnPartiesOrElseTheReportingInterval() {
        Incident incident = office.incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        ContingencyPlan plan = plan(incident);
        List<String> parties = plan.organisation().roles().stream()
                .filter(r -> r.unit() == null || r.unit().isBlank()).map(PlanRole::id).toList();
        OrgUnit member = office.memberUnit();

        TaskDue due = office.incidents.suggestTaskDue(incident.id(), member.id()).orElseThrow();

        assertEquals(TaskDue.Basis.PARTY_DEADLINE, due.basis(), "a member unit plays no role of the plan itself");
        assertEquals(earliestOpenOwedBy(incident.id(), parties).dueAt(), due.dueAt());

    }

    @Test
    void withoutAnOpenDeadlineTheTaskIsDueAtThePlansShortestReportingInterval() {
        Incident incident = office.incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        ContingencyPlan plan = plan(incident);
        Duration interval = plan.deadlines().stream().filter(r -> r.timing() == Timing.REPEATING)
                .map(DeadlineRule::duration).min(Comparator.naturalOrder()).orElseThrow();

        TaskDue due = TaskDue.suggest(plan, incident, office.memberUnit().name(), java.util.Set.of(), List.of(), office.clock.instant())
                .orElseThrow();

        assertEquals(TaskDue.Basis.REPORT_INTERVAL, due.basis());
        assertEquals(office.clock.instant().plus(interval), due.dueAt());
    }

    @Test
    void aPlanWithoutDeadlinesSuggestsNothing() {
        Incident incident = office.incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        ContingencyPlan bare = plan(incident).withDeadlines(List.of());

        assertTrue(TaskDue.suggest(bare, incident, office.memberUnit().name(), java.util.Set.of(), List.of(), office.clock.instant())
                .isEmpty());
    }
}
