package org.incidentdesk.domain.incident;

import java.time.Instant;

/**
 * One version of a statement drafted for release; once approved it is the incident's 统一口径 (R18).
 * {@code lineageId} is the id of the statement's first version (its own id on the first), {@code revision} counts
 * the versions from 1; {@code version} is the row's optimistic-lock version.
 */
public record Statement(long id, long incidentId, long lineageId, int revision, String text, StatementStatus status,
                        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int version) {
}
