package org.incidentdesk.domain.common;

/**
 * Another workstation (or window) changed the row since it was read: the edit is refused rather than
 * silently overwriting the newer data.
 */
public class StaleDataException extends RuntimeException {
    private final String entity;
    private final Object id;

    public StaleDataException(String entity, Object id) {
        super(entity + " " + id + " was changed or removed by someone else");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}
