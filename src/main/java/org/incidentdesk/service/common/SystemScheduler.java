package org.incidentdesk.service.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production scheduler: one daemon thread parks until the earliest due instant, woken early when a task
 * is added or cancelled. It never parks longer than the sweep interval; at each sweep it calls the re-arm
 * callbacks. Because the wall clock may jump (the clock is set, a laptop wakes from sleep), every wake compares
 * how far the clock moved with how far the monotonic {@link System#nanoTime} moved; when they disagree the
 * re-arm callbacks run at once.
 */
public final class SystemScheduler implements Scheduler {
    public static final Duration DEFAULT_SWEEP = Duration.ofSeconds(30);
    /** Clock and monotonic time may drift apart by this much between two wakes before it counts as a jump. */
    static final Duration JUMP_TOLERANCE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(SystemScheduler.class);

    private final Clock clock;
    private final long sweepNanos;
    private final TaskQueue queue = new TaskQueue();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    private boolean closed;

    public SystemScheduler(Clock clock) {
        this(clock, DEFAULT_SWEEP);
    }

    public SystemScheduler(Clock clock, Duration sweepInterval) {
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("sweep interval must be positive: " + sweepInterval);
        }
        this.clock = clock;
        this.sweepNanos = sweepInterval.toNanos();
        long startNanos = System.nanoTime();
        Instant startWall = clock.instant();
        this.thread = Thread.ofPlatform().name("scheduler").daemon().unstarted(() -> loop(startNanos, startWall));
        thread.start();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ScheduledTask schedule(String name, Instant due, Runnable action) {
        lock.lock();
        try {
            ScheduledTask task = queue.add(name, due, action);
            if (closed) {
                queue.remove(task);
            }
            changed.signalAll();
            return task;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean cancel(ScheduledTask task) {
        lock.lock();
        try {
            boolean removed = queue.remove(task);
            changed.signalAll();
            return removed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<ScheduledTask> armed() {
        lock.lock();
        try {
            return queue.snapshot();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Runnable onRearm(Runnable rearm) {
        return queue.addRearm(rearm);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The scheduler's thread, so a test can see that it is parked. */
    Thread thread() {
        return thread;
    }

    private void loop(long startNanos, Instant startWall) {
        long lastNanos = startNanos;
        Instant lastWall = startWall;
        long nextSweep = lastNanos + sweepNanos;
        while (true) {
            List<ScheduledTask> due = new ArrayList<>();
            lock.lock();
            try {
                if (closed) {
                    return;
                }
                Instant now = clock.instant();
                for (Optional<ScheduledTask> t = queue.pollDue(now); t.isPresent(); t = queue.pollDue(now)) {
                    due.add(t.get());
                }
                if (due.isEmpty()) {
                    awaitChange(now, nextSweep);
                }
            } catch (InterruptedException e) {
                LOG.warn("scheduler interrupted; it stops");
                return;
            } finally {
                lock.unlock();
            }
            due.forEach(TaskQueue::run);

            long nowNanos = System.nanoTime();
            Instant nowWall = clock.instant();
            Duration drift = Duration.between(lastWall, nowWall).minusNanos(nowNanos - lastNanos).abs();
            boolean jumped = drift.compareTo(JUMP_TOLERANCE) > 0;
            if (jumped) {
                LOG.info("clock jumped by about {}; re-arming", drift);
            }
            if (jumped || nowNanos - nextSweep >= 0) {
                queue.rearmAll();
                nextSweep = System.nanoTime() + sweepNanos;
            }
            lastNanos = nowNanos;
            lastWall = nowWall;
        }
    }

    /** Parks until the earliest task is due or the next sweep, whichever comes first, or until woken. */
    private void awaitChange(Instant now, long nextSweep) throws InterruptedException {
        long untilSweep = nextSweep - System.nanoTime();
        long wait = queue.earliestDue()
                .map(d -> Math.min(untilSweep, saturatedNanos(Duration.between(now, d))))
                .orElse(untilSweep);
        if (wait > 0) {
            changed.awaitNanos(wait);
        }
    }

    private static long saturatedNanos(Duration d) {
        return d.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE : d.toNanos();
    }
}
