package org.incidentdesk.service.review;

import org.incidentdesk.store.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.StandardPosts;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.escalation.AlertListService;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;

/**
 * The fictional demo office (roster with liaisons, county plan) on a private in-memory database, a simulated
 * clock and scheduler, with the written review's services, the alert list and the follow-up alarms armed (alerts
 * run on the scheduler's thread). {@link #switchOff()} and {@link #switchOn()} restart the workstation.
 */
final class ReviewWrittenFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 10:00 in the office's zone. */
    static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    final Database database = TestDatabase.open("review-written-" + UUID.randomUUID());
    final EventBus events = new EventBus();
    final List<DomainEvent> published = new ArrayList<>();
    final Store store = new Store(database, events::publish);
    final SimulatedClock clock = new SimulatedClock(START, ZONE);
    final PlanService plans = new PlanService(store, clock, () -> new Actor("值班员甲"), events);
    final RosterService roster = new RosterService(store, clock, () -> new Actor("值班员甲"), events);
    final IncidentService incidents;
    final DeadlineService deadlines;
    final AlertListService alertList;
    final ReviewWrittenServices review;
    final ReviewService reviews;
    SimulatedScheduler scheduler = new SimulatedScheduler(clock);
    FollowUpAlarms alarms;

    ReviewWrittenFixture() {
        events.subscribe(DomainEvent.class, published::add);
        new DemoOffice(store, clock, () -> new Actor("值班员甲"), ZONE).seedIfNew(plans);
        incidents = new IncidentService(store, clock, () -> new Actor("值班员甲"), events, plans, new LevelAssessor(),
                ZONE);
        deadlines = new DeadlineService(store, clock, () -> new Actor("值班员甲"), events, plans, ZONE,
                AlertPolicy.DEFAULT);
        deadlines.followIncidents();
        review = new ReviewWrittenServices(store, clock, () -> new Actor("值班员甲"), events, plans, ZONE);
        review.due().followIncidents();
        reviews = new ReviewService(store, clock, () -> new Actor("值班员甲"), events, deadlines::planOf);
        alertList = new AlertListService(store, deadlines);
        alertList.listFollowUpsFrom(review.alerts()::current);
        switchOn();
    }

    /** The workstation goes off: its timers are gone, the database stays. */
    void switchOff() {
        alarms.close();
        scheduler.close();
    }

    /** The workstation comes on at the clock's time: a new scheduler, alarms armed from the database. */
    int switchOn() {
        scheduler = new SimulatedScheduler(clock);
        alarms = new FollowUpAlarms(review.alerts(), scheduler, events, Runnable::run);
        return alarms.start();
    }

    Incident intake(String title) {
        OffsetDateTime now = clock.instant().atZone(ZONE).toOffsetDateTime();
        return incidents.intake(new Intake(title, "inquiry", now.minusMinutes(20), null, IncidentFacts.NONE));
    }

    void end(long incidentId) {
        incidents.advance(incidentId, IncidentPhase.ASSESSING);
        incidents.advance(incidentId, IncidentPhase.ENDED);
    }

    List<TimelineEntry> timeline(long incidentId) {
        return incidents.detail(incidentId).timeline();
    }

    /** A unit of the demo roster that has a liaison, as an action's owner. */
    ActionOwner unitWithLiaison() {
        Roster r = roster.load();
        OrgUnit unit = r.units().stream().filter(u -> !r.holders(u.id(), StandardPosts.LIAISON).isEmpty())
                .findFirst().orElseThrow();
        return ActionOwner.unit(unit.id(), unit.name());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    void advance(Duration amount) {
        scheduler.advanceBy(amount);
    }

    void advanceTo(Instant instant) {
        scheduler.advanceTo(instant);
    }

    List<AuditEntry> audit(String entity) {
        return store.inTransaction(s -> s.audit().recent(500)).stream().filter(a -> a.entity().equals(entity))
                .toList();
    }

    @Override
    public void close() {
        alarms.close();
        scheduler.close();
        database.close();
    }
}
