package org.incidentdesk.domain.event;

import java.time.Instant;
import org.incidentdesk.domain.escalation.DeadlineAction;

/**
 * An act the plan's deadlines ask for was done on incident {@code incidentId} at {@code at} by {@code by} (a
 * statement released…), announced by the service that recorded it; the deadline service meets the deadlines
 * whose act it is. A service that can reach the deadline service calls it in its own transaction instead.
 */
public record ActDone(WorkstationId origin, long incidentId, DeadlineAction act, Instant at, String by)
        implements DeadlineEvent {
}
