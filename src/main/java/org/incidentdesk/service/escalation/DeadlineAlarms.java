package org.incidentdesk.service.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executor;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.event.DeadlineChanged;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.RowAlarms;
import org.incidentdesk.service.common.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every open deadline's next alert armed on the scheduler, one task per deadline at its instant (no
 * polling; {@link RowAlarms}: armed at start, so a deadline that fell due while the workstation was off fires at
 * once and says so, re-armed on changes and sweeps). Alerts are raised on {@code lane}, off the scheduler's
 * thread, those due together in one transaction; the database claim makes a stale or doubled task harmless.
 */
public final class DeadlineAlarms extends RowAlarms<Long, Deadline> {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineAlarms.class);
    /** Alerts due together are raised this many to a transaction. */
    static final int BATCH = 100;
    private static final Set<DeadlineEventKind> RAISED_HERE = EnumSet.of(DeadlineEventKind.REMINDED,
            DeadlineEventKind.OVERDUE, DeadlineEventKind.ESCALATED);

    private final DeadlineService deadlines;
    private final EventBus events;
    private final Executor lane;
    private final Queue<DeadlineService.AlarmClaim> due = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    public DeadlineAlarms(DeadlineService deadlines, Scheduler scheduler, EventBus events, Executor lane) {
        super(scheduler, "deadline");
        this.deadlines = deadlines;
        this.events = events;
        this.lane = lane;
    }

    @Override
    protected List<Deadline> armable() {
        return deadlines.armable();
    }

    @Override
    protected List<Deadline> changedSince(Instant since) {
        return deadlines.armableChangedSince(since, armed::holds);
    }

    @Override
    protected Runnable follow() {
        // an alert this workstation raised is re-armed by fire() from the row it wrote: no second read
        return events.subscribe(DeadlineChanged.class, e -> {
            if (!(RAISED_HERE.contains(e.kind()) && e.origin().equals(events.origin()))) {
                deadlines.find(e.deadlineId()).ifPresent(this::arm);
            }
        });
    }

    /** Arms the deadline's next alert, replacing an older one; disarms it when no alert is to come. */
    @Override
    protected void arm(Deadline d) {
        if (d.nextAlertAt() == null || !d.state().isOpen()) {
            armed.disarm(d.id());
            return;
        }
        long id = d.id();
        int version = d.version();
        armed.arm(id, version, "deadline " + id + " " + d.nextAlert(), d.nextAlertAt(), () -> fire(id, version));
    }

    /**
     * Queues the due alert and makes sure the lane drains the queue: alerts that fall due while the lane is busy
     * are raised together, {@value #BATCH} to a transaction.
     */
    private void fire(long id, int version) {
        due.add(new DeadlineService.AlarmClaim(id, version));
        if (draining.compareAndSet(false, true)) {
            lane.execute(this::drain);
        }
    }

    private void drain() {
        try {
            List<DeadlineService.AlarmClaim> batch = new ArrayList<>(BATCH);
            DeadlineService.AlarmClaim next;
            while ((next = due.poll()) != null) {
                batch.add(next);
                if (batch.size() == BATCH || due.isEmpty()) {
                    raise(batch);
                    batch.clear();
                }
            }
        } finally {
            draining.set(false);
        }
        if (!due.isEmpty() && draining.compareAndSet(false, true)) {
            lane.execute(this::drain);
        }
    }

    private void raise(List<DeadlineService.AlarmClaim> batch) {
        batch.forEach(c -> armed.fired(c.deadlineId(), c.version()));
        try {
            deadlines.raiseAlerts(batch).values().forEach(this::arm);
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                LOG.error("alert of deadline {} failed; the next sweep tries again", batch.getFirst().deadlineId(),
                        batchFailed);
                sweepAllNext();
                return;
            }
            // one bad row must not hold up the others: raise them one by one
            batch.forEach(c -> raise(List.of(c)));
        }
    }
}
