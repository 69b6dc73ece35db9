package org.incidentdesk.domain.event;

import java.time.Instant;

/**
 * An alert of deadline {@code deadlineId} could not be sent on {@code channel} (mail, SMS…): attempt
 * {@code attempt} failed with {@code reason}; it is tried again at {@code retryAt}.
 */
public record AlertDeliveryFailed(WorkstationId origin, long deadlineId, String channel, int attempt, String reason,
                                  Instant retryAt) implements DeadlineEvent {
}
