package org.incidentdesk.domain.common;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit trail, as data: when, who, the action, the entity and its id, and the fields changed
 * with their values before and after. {@code legacySummary} is only set on rows written before V11, whose
 * change was kept as one sentence; it is shown, never read for meaning.
 */
public record AuditEntry(Instant at, String actor, String action, String entity, String entityId,
                         List<FieldChange> changes, String legacySummary) {
    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
