package org.incidentdesk.service.incident;

import org.incidentdesk.store.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.domain.event.IncidentEvent;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;

/**
 * An office with the demo roster and the county plan active, on a private in-memory database, with a clock
 * the test moves and a changeable person on duty. Close it after the test.
 */
public final class IncidentFixture implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    public final Database database;
    public final Store store;
    public final EventBus events = new EventBus();
    public final SimulatedClock clock = new SimulatedClock(START, ZONE);
    public final List<IncidentEvent> published = new ArrayList<>();
    public final PlanService plans;
    public final IncidentService incidents;
    private Actor actor = new Actor("值班员甲");

    public IncidentFixture() {
        database = TestDatabase.open("incidents-" + UUID.randomUUID());
        store = new Store(database, events::publish);
        events.subscribe(IncidentEvent.class, published::add);
        plans = new PlanService(store, clock, () -> actor, events);
        new DemoOffice(store, clock, () -> actor, ZONE).seedIfNew(plans);
        incidents = new IncidentService(store, clock, () -> actor, events, plans, new LevelAssessor(), ZONE);
    }

    public EvidenceService evidence(Path dataDir) {
        return new EvidenceService(store, clock, () -> actor, events, dataDir);
    }

    /** Whoever {@link #actAs} last named, for other services of the same office. */
    public ActorSource actors() {
        return () -> actor;
    }

    /** A signed-in account: {@code name}, with {@code roles}, cleared up to {@code clearance}. */
    public static ActorSource account(String name, Secrecy clearance, Role... roles) {
        return ActorSource.as(new Principal(new Actor(name), 7L, null, null, Set.of(roles), clearance, false));
    }

    /** This office's incidents as {@code account} acts on them. */
    public IncidentService incidentsAs(ActorSource account) {
        return new IncidentService(store, clock, account, events, plans, new LevelAssessor(), ZONE);
    }

    public void actAs(String name) {
        actor = new Actor(name);
    }

    public void advance(Duration duration) {
        clock.advance(duration);
    }

    /** The first member unit of the demo roster. */
    public OrgUnit memberUnit() {
        return store.inTransaction(s -> s.roster().units()).stream()
                .filter(u -> u.kind() == UnitKind.MEMBER_UNIT).findFirst().orElseThrow();
    }

    public List<AuditEntry> audit() {
        return store.inTransaction(s -> s.audit().recent(1000));
    }

    @Override
    public void close() {
        database.close();
    }
}
