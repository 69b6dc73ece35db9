package org.incidentdesk.domain.incident;

import java.time.Instant;

/**
 * A task given to a member unit or working group ({@code unitId}, with its name as it was when given) with a
 * due time, its status and the result reported back.
 */
public record HandlingTask(long id, long incidentId, Long unitId, String unitName, String description, Instant dueAt,
                           TaskStatus status, String result, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy, int version) {
    public boolean overdueAt(Instant now) {
        return status.isOpen() && dueAt != null && dueAt.isBefore(now);
    }
}
