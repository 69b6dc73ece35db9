package org.incidentdesk.domain.incident;

import java.time.Instant;

/** A leader's decision on a submitted statement version: approved (a comment is optional) or returned with comments. */
public record StatementReview(long id, long statementId, Decision decision, String comment, Instant decidedAt,
                              String decidedBy) {
    public enum Decision {
        APPROVED, RETURNED
    }
}
