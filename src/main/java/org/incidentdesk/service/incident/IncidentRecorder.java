package org.incidentdesk.service.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.service.security.Unguarded;

/**
 * The one way an incident's record grows. In the caller's transaction ({@code session}) it refuses an archived
 * incident, touches the incident (its version and who/when), appends the typed timeline entry and the structured
 * audit row, runs the change's consequences inside the same transaction (the incident's deadlines, see
 * {@link EventBus#subscribeWithin}), and raises {@link IncidentChanged} for after the commit. Every service that
 * changes an incident (incidents, evidence, warnings, deadlines, calls) records through here. Thread-safe.
 */
public final class IncidentRecorder {
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;

    public IncidentRecorder(Clock clock, ActorSource actors, EventBus events) {
        this.clock = clock;
        this.actors = actors;
        this.events = events;
    }

    /** Now, by the person at this workstation: the who/when of one change, shared by all it writes. */
    public Stamp stamp() {
        return stamp(clock.instant());
    }

    public Stamp stamp(Instant at) {
        return new Stamp(at, actors.current());
    }

    /** This workstation, as the origin of the events it raises. */
    public WorkstationId origin() {
        return events.origin();
    }

    /** The incident, refused when there is none or it is archived (an archived incident changes no more). */
    public static Incident changeable(StoreSession s, long incidentId) {
        Incident incident = load(s, incidentId);
        if (incident.phase() == IncidentPhase.ARCHIVED) {
            throw archived(incident);
        }
        return incident;
    }

    /** The incident, refused when there is none. */
    public static Incident load(StoreSession s, long incidentId) {
        return s.incidents().find(incidentId).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("incident", "incident.unknown", String.valueOf(incidentId)))));
    }

    /**
     * Records {@code fact} (and the words a person wrote with it, or null) on the incident, in the transaction of
     * {@code s}, with {@code stamp}'s who and when. Returns the timeline entry's id. Refused, with the transaction
     * to roll back, when the incident is archived, except for the move that archives it.
     */
    @Unguarded("the one write path, inside the caller's transaction; the caller's own action is guarded")
    public long record(StoreSession s, long incidentId, TimelineFact fact, String personText, Stamp stamp) {
        Incident incident = load(s, incidentId);
        boolean archiving = fact instanceof TimelineFact.PhaseMoved move && move.to() == IncidentPhase.ARCHIVED;
        if (incident.phase() == IncidentPhase.ARCHIVED && !archiving) {
            throw archived(incident);
        }
        s.incidents().touch(incidentId, stamp);
        long entry = s.timeline().append(incidentId, fact, personText, stamp);
        List<FieldChange> changes = new ArrayList<>(fact.changes());
        if (personText != null) {
            changes.add(FieldChange.set("text", personText));
        }
        s.audit().append(stamp, fact.action(), "incident", incident.number().toString(), changes);
        IncidentChanged changed = new IncidentChanged(events.origin(), incidentId, incident.number(), fact.kind(), entry);
        s.raise(changed);
        events.publishWithin(s, changed);
        return entry;
    }

    /** As {@link #record(StoreSession, long, TimelineFact, String, Stamp)}, stamped now. */
    @Unguarded("the one write path, inside the caller's transaction; the caller's own action is guarded")
    public long record(StoreSession s, long incidentId, TimelineFact fact, String personText) {
        return record(s, incidentId, fact, personText, stamp());
    }

    private static ValidationException archived(Incident incident) {
        return new ValidationException(List.of(Violation.of("incidentPhase", "incident.archived",
                incident.number().toString())));
    }
}
