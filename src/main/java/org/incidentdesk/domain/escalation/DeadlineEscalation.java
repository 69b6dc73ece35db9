package org.incidentdesk.domain.escalation;

import java.time.Instant;

/** Step {@code step} (1, 2, …) up the escalation chain a deadline took: when, and to which role of the plan. */
public record DeadlineEscalation(long deadlineId, int step, Instant at, String toRole) {
}
