package org.incidentdesk.domain.review;

import java.time.Duration;
import java.time.Instant;

/**
 * When an incident's review is due: {@code within} the plan's time after the response ended ({@code endedAt};
 * {@code defaulted} when the plan is silent and the workstation's default applies), and its state at the
 * moment it was read. Null times when the response has not ended.
 */
public record ReviewDue(long incidentId, Instant endedAt, Duration within, boolean defaulted, Instant dueAt,
                        Instant finishedAt, ReviewDueState state) {
}
