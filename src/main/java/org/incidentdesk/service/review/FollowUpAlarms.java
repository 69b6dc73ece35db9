package org.incidentdesk.service.review;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.incidentdesk.domain.event.FollowUpEvent;
import org.incidentdesk.domain.event.ReviewWrittenChanged;
import org.incidentdesk.domain.review.FollowUpAlarm;
import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.RowAlarms;
import org.incidentdesk.service.common.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the next alert of every open improvement action and unfinished review armed on the scheduler
 * ({@link RowAlarms}, as {@link org.incidentdesk.service.escalation.DeadlineAlarms} does for deadlines). Alerts are
 * raised on {@code lane}; the database claim makes a stale or doubled task harmless.
 */
public final class FollowUpAlarms extends RowAlarms<String, FollowUpAlarm> {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpAlarms.class);

    private final FollowUpAlerts alerts;
    private final EventBus events;
    private final Executor lane;

    public FollowUpAlarms(FollowUpAlerts alerts, Scheduler scheduler, EventBus events, Executor lane) {
        super(scheduler, "follow-up");
        this.alerts = alerts;
        this.events = events;
        this.lane = lane;
    }

    @Override
    protected List<FollowUpAlarm> armable() {
        return alerts.armable();
    }

    @Override
    protected List<FollowUpAlarm> changedSince(Instant since) {
        return alerts.changedSince(since);
    }

    @Override
    protected Runnable follow() {
        return events.subscribe(FollowUpEvent.class, e -> {
            if (e instanceof ReviewWrittenChanged change) {
                rearm(change);
            }
        });
    }

    private void rearm(ReviewWrittenChanged change) {
        switch (change.part()) {
            case ACTION -> alerts.alarm(FollowUpKind.ACTION, change.id()).ifPresentOrElse(this::arm,
                    () -> armed.disarm(key(FollowUpKind.ACTION, change.id())));
            case SCHEDULE -> alerts.alarm(FollowUpKind.REVIEW, change.id()).ifPresent(this::arm);
            default -> { }
        }
    }

    @Override
    protected void arm(FollowUpAlarm alarm) {
        String key = key(alarm.kind(), alarm.id());
        if (alarm.nextAlertAt() == null) {
            armed.disarm(key);
            return;
        }
        armed.arm(key, alarm.version(), "follow-up " + key + " " + alarm.nextAlert(), alarm.nextAlertAt(),
                () -> lane.execute(() -> fire(key, alarm)));
    }

    private void fire(String key, FollowUpAlarm alarm) {
        armed.fired(key, alarm.version());
        try {
            alerts.raise(alarm).ifPresent(this::arm);
        } catch (RuntimeException e) {
            LOG.error("follow-up alert {} failed; the next sweep tries again", key, e);
            sweepAllNext();
        }
    }

    private static String key(FollowUpKind kind, long id) {
        return kind + "/" + id;
    }
}
