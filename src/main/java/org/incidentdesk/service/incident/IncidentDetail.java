package org.incidentdesk.service.incident;

import java.util.List;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.MonitoringKeyword;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementReview;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.domain.incident.TimelineEntry;

/** An incident with its whole handling record, read in one transaction. */
public record IncidentDetail(Incident incident, List<Assessment> assessments, List<HandlingTask> tasks,
                             List<TimelineEntry> timeline, List<Statement> statements, List<MonitoringKeyword> keywords,
                             List<MetricPoint> metrics, List<Evidence> evidence,
                             List<StatementReview> statementReviews) {
    /** The phases the incident may move to now. */
    public List<IncidentPhase> nextPhases() {
        return Lifecycle.allowed(incident.phase(), incident.levelDecided());
    }

    /** The latest assessment still waiting for a decision, if any. */
    public java.util.Optional<Assessment> pendingAssessment() {
        return assessments.reversed().stream().filter(a -> !a.isDecided()).findFirst();
    }

    /** The agreed wording (统一口径): the newest version a leader approved that is still in force, if any. */
    public java.util.Optional<Statement> agreedStatement() {
        return statements.reversed().stream()
                .filter(s -> s.status() == StatementStatus.APPROVED || s.status() == StatementStatus.RELEASED)
                .findFirst();
    }

    /** The leaders' decisions on one statement version (approved or returned, with comments), oldest first. */
    public List<StatementReview> reviewsOf(long statementId) {
        return statementReviews.stream().filter(r -> r.statementId() == statementId).toList();
    }
}
