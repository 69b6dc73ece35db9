package org.incidentdesk.ui.alerts;

import java.time.Instant;
import org.incidentdesk.domain.event.AlertDeliveryFailed;

/**
 * An alert that a mail or SMS channel could not send, as the alert list shows it: which deadline (and incident,
 * when the alert list knows it), the channel, how many attempts failed, why, and when it is tried again (null:
 * given up, only a retry by hand is left).
 */
public record DeliveryFailure(long deadlineId, String incidentNumber, String channel, int attempts, String reason,
                              Instant retryAt) {
    static DeliveryFailure of(AlertDeliveryFailed failed, String incidentNumber) {
        return new DeliveryFailure(failed.deadlineId(), incidentNumber, failed.channel(), failed.attempt(),
                failed.reason(), failed.retryAt());
    }

    boolean sameSend(DeliveryFailure other) {
        return deadlineId == other.deadlineId && channel.equals(other.channel);
    }
}
