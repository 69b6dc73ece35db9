package org.incidentdesk.domain.event;

import org.incidentdesk.domain.escalation.DeadlineEventKind;

/**
 * A deadline of incident {@code incidentId} was created, reminded, became overdue, escalated, was
 * acknowledged, met, missed or superseded; {@code late} when its alert fired after its instant (the
 * workstation was off when it fell due). {@code timelineEntryId} is the row it wrote on the incident's timeline.
 */
public record DeadlineChanged(WorkstationId origin, long incidentId, long deadlineId, DeadlineEventKind kind,
                              boolean late, long timelineEntryId) implements DeadlineEvent {
}
