package org.incidentdesk.service.drill;

import java.util.List;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineEscalation;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.review.ReviewFigures;

/** What a drill left: each incident of the scenario with its deadlines, escalations and timeline. */
public record DrillReport(String planId, List<IncidentResult> incidents) {
    public DrillReport {
        incidents = List.copyOf(incidents);
    }

    /**
     * One incident by the scenario's ref: its number and level at the end, deadlines, escalations, timeline, and
     * its figures scored against the plan at the end of the drill, as its review would score them.
     */
    public record IncidentResult(String ref, String number, String levelId, String levelName, List<Deadline> deadlines,
                                 List<DeadlineEscalation> escalations, List<TimelineEntry> timeline,
                                 ReviewFigures review) {
        public List<DeadlineEscalation> escalationsOf(Deadline d) {
            return escalations.stream().filter(e -> e.deadlineId() == d.id()).toList();
        }
    }

    /** How a deadline ended up, as a drill reports it: met in time, missed (late or never), open, superseded. */
    public static String status(Deadline d) {
        return switch (d.state()) {
            case OPEN -> "open";
            case MET -> d.metInTime() ? "met" : "missed";
            case OVERDUE, MISSED -> "missed";
            case SUPERSEDED -> "superseded";
        };
    }
}
