package org.incidentdesk.domain.common;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(Instant at, String actor, String action, String entity, String entityId, String summary) {
}
