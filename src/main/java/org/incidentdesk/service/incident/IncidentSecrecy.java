package org.incidentdesk.service.incident;

import java.time.OffsetDateTime;
import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.SecrecyMark;
import org.incidentdesk.service.security.Access;

/**
 * An incident's secrecy mark (密级 with 保密期限, issue 20): set in the incident form, recorded on its timeline, and
 * carried onto the documents issued for it. Nobody marks an incident above their own clearance, nor changes the
 * mark of one above it. Thread-safe; never on the JavaFX thread.
 */
public final class IncidentSecrecy {
    private final IncidentChanges changes;
    private final IncidentService incidents;

    IncidentSecrecy(IncidentChanges changes, IncidentService incidents) {
        this.changes = changes;
        this.incidents = incidents;
    }

    /** Sets the incident's mark; the same mark again records nothing. */
    public Incident mark(long incidentId, SecrecyMark mark) {
        Access.require(changes.actors(), Permission.INCIDENT_EDIT);
        refuseBadTerm(mark);
        return changes.read(s -> {
            Incident incident = IncidentRecorder.changeable(s, incidentId);
            if (incident.secrecy().equals(mark)) {
                return incident;
            }
            return changes.change(incidentId, (session, current, stamp) -> {
                requireClearance(current.secrecy());
                requireClearance(mark);
                session.incidents().updateSecrecy(current, mark, stamp);
                SecrecyMark before = current.secrecy();
                return new IncidentChanges.Outcome<>(IncidentChanges.load(session, incidentId),
                        new TimelineFact.SecrecyMarked(before.level(), before.term(), mark.level(), mark.term()), null);
            });
        });
    }

    /** Takes the report and marks it, in one transaction: a refused mark takes no report and uses no number. */
    public Incident intake(Intake report, SecrecyMark mark) {
        Access.require(changes.actors(), Permission.INCIDENT_CREATE);
        refuseBadTerm(mark);
        requireClearance(mark);
        return changes.read(s -> mark(incidents.intake(report).id(), mark));
    }

    /** Corrects the facts of the incident as it was {@code read} and sets the mark, in one transaction. */
    public Incident updateFacts(Incident read, String title, OffsetDateTime happenedAt, IncidentFacts facts,
                                SecrecyMark mark) {
        Access.require(changes.actors(), Permission.INCIDENT_EDIT);
        refuseBadTerm(mark);
        return changes.read(s -> {
            incidents.updateFacts(read, title, happenedAt, facts);
            return mark(read.id(), mark);
        });
    }

    private void requireClearance(SecrecyMark mark) {
        Principal principal = changes.actors().principal();
        if (!principal.mayRead(mark.level())) {
            throw IncidentService.refused("incident.secrecy", "incident.secrecyAboveClearance", mark.level(),
                    principal.clearance());
        }
    }

    private static void refuseBadTerm(SecrecyMark mark) {
        var problems = SecrecyMark.check("incident.secrecyTerm", mark.term());
        if (!problems.isEmpty()) {
            throw new ValidationException(List.copyOf(problems));
        }
    }
}
