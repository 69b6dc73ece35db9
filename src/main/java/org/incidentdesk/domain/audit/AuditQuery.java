package org.incidentdesk.domain.audit;

import java.time.Instant;

/**
 * Which audit entries to show: by person (part of the name, any case), by what was changed (an incident's
 * number, a warning's, a person's id: the entry's entity id, exactly), and by time ({@code from} inclusive,
 * {@code until} exclusive). A null part selects all.
 */
public record AuditQuery(String actor, String entityId, Instant from, Instant until) {
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        entityId = blankToNull(entityId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
