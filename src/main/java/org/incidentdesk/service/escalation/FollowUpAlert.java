package org.incidentdesk.service.escalation;

import java.time.Instant;
import java.util.List;
import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.domain.review.FollowUpStage;

/**
 * An alert of the alert list that is not a deadline's: an improvement action of a review, or a review itself,
 * coming due or overdue. {@code id} the action's id ({@link FollowUpKind#ACTION}) or the incident's
 * ({@link FollowUpKind#REVIEW}); {@code subject} the action's text (null for a review); {@code owner} the owning
 * unit or role (null for a review); {@code liaisons} whom the reminder is for ("name mobile").
 */
public record FollowUpAlert(FollowUpKind kind, long id, long incidentId, String incidentNumber, String incidentTitle,
                            FollowUpStage stage, String subject, String owner, Instant dueAt, Instant raisedAt,
                            List<String> liaisons) {
    public FollowUpAlert {
        liaisons = List.copyOf(liaisons);
    }
}
