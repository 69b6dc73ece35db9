package org.incidentdesk.domain.incident;

import java.time.Instant;

/** A statement drafted for release; once agreed it is the incident's 统一口径 (R18). */
public record Statement(long id, long incidentId, String text, StatementStatus status, Instant createdAt,
                        String createdBy, Instant updatedAt, String updatedBy, int version) {
}
