package org.incidentdesk.domain.event;

/**
 * A lesson, improvement action, accountability record or the review's finishing of incident {@code incidentId}
 * was added, changed or removed: {@code part} says which, {@code id} which row.
 */
public record ReviewWrittenChanged(WorkstationId origin, long incidentId, Part part, long id)
        implements FollowUpEvent {
    /** Which part of the written review changed. */
    public enum Part {
        LESSON,
        ACTION,
        ACCOUNTABILITY,
        SCHEDULE,
        PROPOSAL
    }
}
