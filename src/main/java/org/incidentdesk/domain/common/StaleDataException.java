package org.incidentdesk.domain.common;

import java.time.Instant;
import java.util.Optional;

/**
 * Another workstation (or window) changed the row since it was read: the edit is refused rather than
 * silently overwriting the newer data. Names who changed it last and when, where that is known.
 */
public class StaleDataException extends RuntimeException {
    private final String entity;
    private final Object id;
    private final String changedBy;
    private final Instant changedAt;

    public StaleDataException(String entity, Object id) {
        this(entity, id, null, null);
    }

    public StaleDataException(String entity, Object id, String changedBy, Instant changedAt) {
        super(entity + " " + id + (changedBy == null ? " was changed or removed by someone else"
                : " was changed by " + changedBy + (changedAt == null ? "" : " at " + changedAt)));
        this.entity = entity;
        this.id = id;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }

    /** Who changed the row last, when the table records it and the row is still there. */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
