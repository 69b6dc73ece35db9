package org.incidentdesk.service.incident;

import java.time.Clock;
import java.util.function.Function;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;

/**
 * A change of one incident as one transaction: the change itself, then its record through the
 * {@link IncidentRecorder} (archived check, incident touch, typed timeline entry, audit row, consequences,
 * {@code IncidentChanged} after commit), all with the same who/when.
 */
final class IncidentChanges {
    private final Store store;
    private final Clock clock;
    private final IncidentRecorder recorder;
    private final ActorSource actors;

    IncidentChanges(Store store, Clock clock, ActorSource actors, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.recorder = new IncidentRecorder(clock, actors, events);
    }

    /** What a change did: its result, the fact it records and the words a person wrote with it (or null). */
    record Outcome<T>(T value, TimelineFact fact, String personText) {
    }

    @FunctionalInterface
    interface Mutation<T> {
        Outcome<T> apply(StoreSession session, Incident incident, Stamp stamp);
    }

    <T> T change(long incidentId, Mutation<T> mutation) {
        return store.inTransaction(s -> {
            Incident incident = IncidentRecorder.changeable(s, incidentId);
            Stamp stamp = recorder.stamp();
            Outcome<T> outcome = mutation.apply(s, incident, stamp);
            recorder.record(s, incidentId, outcome.fact(), outcome.personText(), stamp);
            return outcome.value();
        });
    }

    <T> T read(Function<StoreSession, T> query) {
        return store.inTransaction(query);
    }

    IncidentRecorder recorder() {
        return recorder;
    }

    Stamp stamp() {
        return recorder.stamp();
    }

    Clock clock() {
        return clock;
    }

    /** Who acts now: what the role guard ({@code Access.require}) checks. */
    ActorSource actors() {
        return actors;
    }

    /** This workstation, as the origin of the events it raises. */
    WorkstationId origin() {
        return recorder.origin();
    }

    static Incident load(StoreSession s, long incidentId) {
        return IncidentRecorder.load(s, incidentId);
    }
}
