package org.incidentdesk.service.escalation;

import org.incidentdesk.store.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;

/**
 * The fictional demo office (its roster and county plan) on a private in-memory database and a simulated clock,
 * with the incident service but, until {@link #followDeadlines()}, no deadline service following it: as a
 * database an older version wrote.
 */
final class DemoOfficeFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    final Database database = TestDatabase.open("demo-office-" + UUID.randomUUID());
    final EventBus events = new EventBus();
    final List<DomainEvent> published = new ArrayList<>();
    final Store store = new Store(database, events::publish);
    final SimulatedClock clock = new SimulatedClock(START, ZONE);
    final SimulatedScheduler scheduler = new SimulatedScheduler(clock);
    final PlanService plans = new PlanService(store, clock, () -> new Actor("值班员甲"), events);
    final RosterService roster = new RosterService(store, clock, () -> new Actor("值班员甲"), events);
    final IncidentService incidents;
    final DeadlineService deadlines;
    final CallListService calls;
    private DeadlineAlarms alarms;

    DemoOfficeFixture() {
        events.subscribe(DomainEvent.class, published::add);
        new DemoOffice(store, clock, () -> new Actor("值班员甲"), ZONE).seedIfNew(plans);
        incidents = new IncidentService(store, clock, () -> new Actor("值班员甲"), events, plans, new LevelAssessor(),
                ZONE);
        deadlines = new DeadlineService(store, clock, () -> new Actor("值班员甲"), events, plans, ZONE,
                AlertPolicy.DEFAULT);
        calls = new CallListService(store, clock, () -> new Actor("值班员甲"), events, deadlines, roster);
    }

    void followDeadlines() {
        deadlines.followIncidents();
    }

    /** What a workstation does at start: derive, then arm every open deadline. */
    int start() {
        deadlines.deriveOpenIncidents();
        alarms = new DeadlineAlarms(deadlines, scheduler, events, Runnable::run);
        return alarms.start();
    }

    Incident intake(String title, Duration discoveredAgo) {
        OffsetDateTime now = clock.instant().atZone(ZONE).toOffsetDateTime();
        return incidents.intake(new Intake(title, "inquiry", now.minus(discoveredAgo), null, IncidentFacts.NONE));
    }

    @Override
    public void close() {
        if (alarms != null) {
            alarms.close();
        }
        scheduler.close();
        database.close();
    }
}
