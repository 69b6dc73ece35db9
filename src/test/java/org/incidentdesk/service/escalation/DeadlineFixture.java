package org.incidentdesk.service.escalation;

import org.incidentdesk.store.TestDatabase;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.incident.TimelineFact;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.event.DeadlineChanged;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;

/**
 * An office running one built-in plan on a private in-memory database, on a simulated clock and scheduler, with
 * the deadline service following its incidents and its alarms armed (alerts run on the scheduler's thread).
 * {@link #restart()} throws the workstation's timers away and starts new ones on the same database, as a
 * workstation switched off and on again.
 */
public final class DeadlineFixture implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    /** The test database's name (TestDatabase.connect reaches it over plain JDBC). */
    final String databaseName = "deadlines-" + UUID.randomUUID();
    public final Database database;
    public final Store store;
    public final EventBus events = new EventBus();
    public final SimulatedClock clock = new SimulatedClock(START, ZONE);
    public final PlanService plans;
    public final IncidentService incidents;
    public final ContingencyPlan plan;
    final List<Alert> alerts = new ArrayList<>();
    final List<DeadlineChanged> changes = new ArrayList<>();
    SimulatedScheduler scheduler = new SimulatedScheduler(clock);
    public DeadlineService deadlines;
    DeadlineAlarms alarms;

    public DeadlineFixture(String planTemplate) {
        database = TestDatabase.open(databaseName);
        store = new Store(database, events::publish);
        plans = new PlanService(store, clock, () -> new Actor("值班员甲"), events);
        long planId = plans.createFromTemplate(planTemplate, planTemplate).id();
        plans.activate(planId);
        plan = plans.current(planId).plan();
        incidents = new IncidentService(store, clock, () -> new Actor("值班员甲"), events, plans, new LevelAssessor(),
                ZONE);
        events.subscribe(DeadlineChanged.class, changes::add);
        deadlines = newService();
        deadlines.followIncidents();
        alarms = new DeadlineAlarms(deadlines, scheduler, events, Runnable::run);
        alarms.start();
    }

    private DeadlineService newService() {
        DeadlineService service = new DeadlineService(store, clock, () -> new Actor("值班员甲"), events, plans, ZONE,
                AlertPolicy.DEFAULT);
        service.sendAlertsTo(alerts::add);
        return service;
    }

    /** The workstation goes off: its timers are gone; the database stays. */
    void switchOff() {
        alarms.close();
        scheduler.close();
    }

    /** The workstation comes back at the clock's time: new scheduler and alarms armed from the database. */
    int switchOn() {
        scheduler = new SimulatedScheduler(clock);
        alarms = new DeadlineAlarms(deadlines, scheduler, events, Runnable::run);
        return alarms.start();
    }

    public Incident intake(String category, Duration happenedAgo, Duration discoveredAgo) {
        OffsetDateTime now = clock.instant().atZone(ZONE).toOffsetDateTime();
        return incidents.intake(new Intake("演练事件", category, now.minus(discoveredAgo),
                happenedAgo == null ? null : now.minus(happenedAgo), IncidentFacts.NONE));
    }

    public void decideLevel(long incidentId, String levelId) {
        Assessment a = incidents.assess(incidentId, EventFacts.none());
        if (a.proposesLevel() && a.proposed().id().equals(levelId)) {
            incidents.confirm(a.id());
        } else {
            incidents.override(a.id(), levelId, "测试定级");
        }
    }

    public void end(long incidentId) {
        incidents.advance(incidentId, IncidentPhase.ASSESSING);
        incidents.advance(incidentId, IncidentPhase.ENDED);
    }

    public void advance(Duration amount) {
        scheduler.advanceBy(amount);
    }

    public Deadline only(long incidentId, String ruleId) {
        List<Deadline> found = deadlines.deadlines(incidentId).stream().filter(d -> d.ruleId().equals(ruleId)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one deadline of " + ruleId + ", found " + found);
        }
        return found.getFirst();
    }

    /** The incident's deadline entries as the office reads them (Chinese, the office's zone). */
    List<String> deadlineTimeline(long incidentId) {
        TimelineRenderer zh = new TimelineRenderer(new Messages(Locale.SIMPLIFIED_CHINESE), ZONE);
        return incidents.detail(incidentId).timeline().stream().filter(e -> e.kind() == TimelineKind.DEADLINE)
                .map(zh::render).toList();
    }

    /** The incident's deadline entries as data. */
    List<TimelineFact.DeadlineEvent> deadlineEvents(long incidentId) {
        return incidents.detail(incidentId).timeline().stream()
                .map(TimelineEntry::fact).filter(TimelineFact.DeadlineEvent.class::isInstance)
                .map(TimelineFact.DeadlineEvent.class::cast).toList();
    }

    @Override
    public void close() {
        alarms.close();
        scheduler.close();
        database.close();
    }
}
