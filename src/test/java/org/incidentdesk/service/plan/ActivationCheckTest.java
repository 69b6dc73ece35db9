package org.incidentdesk.service.plan;

import org.incidentdesk.store.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Before a plan is made active the office sees which plan it replaces and what the roster does not cover. */
class ActivationCheckTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private Database database;
    private PlanService plans;
    private OfficePlan county;

    @BeforeEach
    void open() {
        database = TestDatabase.open("activation-" + UUID.randomUUID());
        EventBus events = new EventBus();
        Store store = new Store(database, events::publish);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        plans = new PlanService(store, clock, () -> new Actor("tester"), events);
        assertTrue(new DemoOffice(store, clock, () -> new Actor("tester"), ZoneId.of("Asia/Shanghai")).seedIfNew(plans));
        county = plans.activePlan().orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCollegePlanInTheCountyOfficeHasEveryUnitUnmappedAndSaysWhatWouldReachNobody() {
        OfficePlan college = plans.createFromTemplate("college", "学院预案");

        ActivationCheck check = plans.activationCheck(college.id());

        assertEquals(county.id(), check.replaces().orElseThrow().id());
        assertEquals(plans.template("college").organisation().units().stream().map(PlanUnit::name).toList(),
                check.mapping().unmappedUnits().stream().map(PlanUnit::name).toList());
        List<String> roles = check.mapping().unmappedRoles().stream().map(PlanRole::id).toList();
        assertTrue(roles.containsAll(List.of("leading-group", "leader", "spokesperson")), roles.toString());
        assertFalse(roles.contains("involved-unit"), "a party known only per incident cannot be mapped in advance");
        List<String> unreached = check.mapping().unreachedDeadlines().stream().map(DeadlineRule::id).toList();
        assertTrue(unreached.containsAll(List.of("report-major", "report-significant", "report-general")), unreached.toString());
        assertEquals(1, check.mapping().unreachedWarnings().size());
        assertFalse(plans.officePlan(college.id()).active(), "the check changes nothing");
    }

    @Test
    void theDemoPlanMapsOntoTheDemoRosterAndReplacesNothingWhenAlreadyActive() {
        ActivationCheck check = plans.activationCheck(county.id());

        assertTrue(check.replaces().isEmpty());
        assertEquals(List.of(), check.mapping().unmappedUnits().stream().map(PlanUnit::name).toList());
    }
}
