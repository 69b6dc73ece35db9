package org.incidentdesk.service.incident;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;

/**
 * The one way an incident changes: in one transaction the change itself, the incident's new version, a
 * timeline row and an audit entry, all with the same who/when, and {@link IncidentChanged} raised for after the
 * commit.
 * An archived incident changes no more.
 */
final class IncidentChanges {
    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;

    IncidentChanges(Store store, Clock clock, ActorSource actors, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
    }

    /** What a change did: its result, the id of the record it concerns, and the timeline text. */
    record Outcome<T>(T value, Long subjectId, String text) {
    }

    @FunctionalInterface
    interface Mutation<T> {
        Outcome<T> apply(StoreSession session, Incident incident, Stamp stamp);
    }

    <T> T change(long incidentId, String action, TimelineKind kind, Mutation<T> mutation) {
        return store.inTransaction(s -> {
            Incident incident = load(s, incidentId);
            if (incident.phase() == IncidentPhase.ARCHIVED) {
                throw new ValidationException(List.of(Violation.of("incidentPhase", "incident.archived",
                        incident.number().toString())));
            }
            Stamp stamp = stamp();
            Outcome<T> outcome = mutation.apply(s, incident, stamp);
            s.incidents().touch(incidentId, stamp);
            long entry = s.timeline().append(incidentId, kind, outcome.subjectId(), outcome.text(), stamp);
            s.audit().append(stamp, action, "incident", incident.number().toString(), kind + " " + outcome.text());
            s.raise(new IncidentChanged(events.origin(), incidentId, incident.number(), kind, entry));
            return outcome.value();
        });
    }

    <T> T read(Function<StoreSession, T> query) {
        return store.inTransaction(query);
    }

    Stamp stamp() {
        return new Stamp(clock.instant(), actors.current());
    }

    Clock clock() {
        return clock;
    }

    /** This workstation, as the origin of the events it raises. */
    WorkstationId origin() {
        return events.origin();
    }

    static Incident load(StoreSession s, long incidentId) {
        return s.incidents().find(incidentId).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("incident", "incident.unknown", String.valueOf(incidentId)))));
    }
}
