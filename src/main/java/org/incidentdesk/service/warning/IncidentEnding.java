package org.incidentdesk.service.warning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.security.Access;

/**
 * Ending an incident (平息/终止) with the warnings it is behind: which of them are still in force, to offer
 * lifting them, and the end itself followed by the lifts chosen. Everything is checked before anything is written:
 * the move must be legal, each warning to lift must be in force and behind this incident, and lifting needs a
 * reason. The end and each lift are their own changes on the record; a lift refused later (another workstation
 * lifted it first) leaves the incident ended and is reported, the warning panel lifts the rest.
 */
public final class IncidentEnding {
    private final IncidentService incidents;
    private final WarningService warnings;

    public IncidentEnding(IncidentService incidents, WarningService warnings) {
        this.incidents = incidents;
        this.warnings = warnings;
    }

    /** The warnings in force that the incident is behind, newest first. */
    public List<Warning> warningsInForce(long incidentId) {
        return warnings.ofIncident(incidentId).stream().filter(Warning::isActive).toList();
    }

    /** Ends the incident, then lifts the warnings {@code lift} (ids) for {@code reason}; returns those lifted. */
    public List<Warning> end(long incidentId, Collection<Long> lift, String reason) {
        Access.require(warnings.actors(), Permission.INCIDENT_CLOSE);
        if (!lift.isEmpty()) {
            Access.require(warnings.actors(), Permission.WARNING_LIFT);
        }
        Incident incident = incidents.detail(incidentId).incident();
        Lifecycle.check(incident.phase(), IncidentPhase.ENDED, incident.levelDecided());
        List<Long> inForce = warningsInForce(incidentId).stream().map(Warning::id).toList();
        List<Violation> problems = new ArrayList<>();
        for (Long id : lift) {
            if (!inForce.contains(id)) {
                problems.add(Violation.of("warning", "warning.end.notInForce", String.valueOf(id)));
            }
        }
        if (!lift.isEmpty()) {
            IncidentRules.requiredText("warning.reason", reason, WarningTextRules.MAX_REASON, problems);
        }
        if (!problems.isEmpty()) {
            throw new org.incidentdesk.domain.common.ValidationException(problems);
        }
        incidents.advance(incidentId, IncidentPhase.ENDED);
        List<Warning> lifted = new ArrayList<>();
        for (Long id : lift) {
            lifted.add(warnings.decisions().lift(id, reason));
        }
        return lifted;
    }
}
