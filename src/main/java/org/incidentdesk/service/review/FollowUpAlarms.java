package org.incidentdesk.service.review;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.incidentdesk.domain.event.FollowUpEvent;
import org.incidentdesk.domain.event.ReviewWrittenChanged;
import org.incidentdesk.domain.review.FollowUpAlarm;
import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.ArmedTasks;
import org.incidentdesk.service.common.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.incidentdesk.service.security.Unguarded;

/**
 * Keeps the next alert of every open improvement action and unfinished review armed on the scheduler, as
 * {@link org.incidentdesk.service.escalation.DeadlineAlarms} does for deadlines: armed from the database at start
 * (so an alert that fell due while the workstation was off fires at once), re-armed after each change announced
 * here and on the scheduler's sweep for other workstations' changes. Alerts are raised on {@code lane}; the
 * database claim makes a stale or doubled task harmless.
 */
public final class FollowUpAlarms implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpAlarms.class);

    private final FollowUpAlerts alerts;
    private final Scheduler scheduler;
    private final EventBus events;
    private final Executor lane;
    private final ArmedTasks<String> armed;
    private volatile Instant lastSweep;
    private Runnable unsubscribe = () -> { };
    private Runnable unregister = () -> { };

    public FollowUpAlarms(FollowUpAlerts alerts, Scheduler scheduler, EventBus events, Executor lane) {
        this.alerts = alerts;
        this.scheduler = scheduler;
        this.events = events;
        this.lane = lane;
        this.armed = new ArmedTasks<>(scheduler);
    }

    /** Arms every follow-up alert still to come and starts following changes; returns how many were armed. */
    @Unguarded("the workstation arms its timers")
    public int start() {
        lastSweep = scheduler.clock().instant();
        List<FollowUpAlarm> open = alerts.armable();
        open.forEach(this::arm);
        unsubscribe = events.subscribe(FollowUpEvent.class, e -> {
            if (e instanceof ReviewWrittenChanged change) {
                rearm(change);
            }
        });
        unregister = scheduler.onRearm(this::sweep);
        LOG.info("{} follow-up alerts armed", open.size());
        return open.size();
    }

    private void rearm(ReviewWrittenChanged change) {
        switch (change.part()) {
            case ACTION -> alerts.alarm(FollowUpKind.ACTION, change.id()).ifPresentOrElse(this::arm,
                    () -> armed.disarm(key(FollowUpKind.ACTION, change.id())));
            case SCHEDULE -> alerts.alarm(FollowUpKind.REVIEW, change.id()).ifPresent(this::arm);
            default -> { }
        }
    }

    /** How many follow-ups have an alert armed now. */
    public int armedCount() {
        return armed.size();
    }

    void sweep() {
        Instant now = scheduler.clock().instant();
        Instant since = ArmedTasks.sweepFrom(lastSweep, now);
        lastSweep = now;
        alerts.changedSince(since).forEach(this::arm);
    }

    void arm(FollowUpAlarm alarm) {
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
            lastSweep = Instant.EPOCH;
        }
    }

    private static String key(FollowUpKind kind, long id) {
        return kind + "/" + id;
    }

    @Override
    @Unguarded("the workstation stops its timers")
    public void close() {
        unsubscribe.run();
        unregister.run();
        armed.clear();
    }
}
