package org.incidentdesk.service.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.incidentdesk.domain.event.AlertDeliveryFailed;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.ScheduledTask;
import org.incidentdesk.service.common.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.incidentdesk.service.security.Unguarded;

/**
 * Sends each alert on every configured channel. A failed send is announced ({@link AlertDeliveryFailed}, which
 * the window shows) and tried again on the scheduler, after 1, 2, 4… minutes, at most every 15 minutes, until it
 * goes through or {@link #MAX_ATTEMPTS} attempts have failed (then it stays failed, logged and announced).
 */
public final class NotificationDispatcher {
    static final int MAX_ATTEMPTS = 20;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final List<Notifier> notifiers;
    /** Failed sends waiting for their next attempt, by deadline and channel. */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Scheduler scheduler;
    private final EventBus events;

    public NotificationDispatcher(List<Notifier> notifiers, Scheduler scheduler, EventBus events) {
        this.notifiers = List.copyOf(notifiers);
        this.scheduler = scheduler;
        this.events = events;
    }

    private record Pending(Notifier notifier, Alert alert, int nextAttempt, ScheduledTask retry) {
    }

    /** Sends {@code alert} on every channel; never throws. */
    @Unguarded("sends a raised alert on the channels; changes no data")
    public void dispatch(Alert alert) {
        notifiers.forEach(n -> attempt(n, alert, 1));
    }

    /**
     * Tries a failed send of deadline {@code deadlineId}'s alert on {@code channel} now instead of waiting for its
     * scheduled retry; false when no send is waiting there (it went through meanwhile, or gave up).
     */
    @Unguarded("sends a failed alert again; changes no data")
    public boolean retryNow(long deadlineId, String channel) {
        Pending waiting = pending.remove(key(deadlineId, channel));
        if (waiting == null) {
            return false;
        }
        if (waiting.retry() != null) {
            scheduler.cancel(waiting.retry());
        }
        attempt(waiting.notifier(), waiting.alert(), waiting.nextAttempt());
        return true;
    }

    private static String key(long deadlineId, String channel) {
        return deadlineId + "/" + channel;
    }

    private void attempt(Notifier notifier, Alert alert, int attempt) {
        String key = key(alert.deadlineId(), notifier.channel());
        pending.remove(key);
        try {
            notifier.send(alert);
            if (attempt > 1) {
                LOG.info("alert of deadline {} sent on {} at attempt {}", alert.deadlineId(), notifier.channel(),
                        attempt);
            }
        } catch (NotifierException | RuntimeException e) {
            Instant retryAt = attempt < MAX_ATTEMPTS ? scheduler.clock().instant().plus(backoff(attempt)) : null;
            LOG.warn("alert of deadline {} not sent on {} (attempt {}): {}", alert.deadlineId(), notifier.channel(),
                    attempt, e.getMessage());
            events.publish(new AlertDeliveryFailed(events.origin(), alert.deadlineId(), notifier.channel(), attempt,
                    String.valueOf(e.getMessage()), retryAt));
            ScheduledTask retry = retryAt == null ? null
                    : scheduler.schedule("alert-retry " + notifier.channel() + " " + alert.deadlineId(), retryAt,
                            () -> attempt(notifier, alert, attempt + 1));
            pending.put(key, new Pending(notifier, alert, attempt + 1, retry));
        }
    }

    static Duration backoff(int failedAttempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 10));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
