package org.incidentdesk.domain.event;

import org.incidentdesk.domain.escalation.CallOutcome;

/**
 * A call about deadline {@code deadlineId} of incident {@code incidentId} was logged from the call list, with its
 * outcome; {@code callId} is its row and {@code timelineEntryId} the row it wrote on the incident's timeline.
 */
public record CallAttemptLogged(WorkstationId origin, long incidentId, long deadlineId, long callId,
                                CallOutcome outcome, long timelineEntryId) implements DeadlineEvent {
}
