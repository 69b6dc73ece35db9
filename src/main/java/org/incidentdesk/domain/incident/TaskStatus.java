package org.incidentdesk.domain.incident;

/** Where a handling task stands. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
