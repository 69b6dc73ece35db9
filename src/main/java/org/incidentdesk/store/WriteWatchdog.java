package org.incidentdesk.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Notices a database that does not finish its work. A file left damaged by a kill (issue 19) can answer reads
 * while a write spins inside H2 forever, and no H2 timeout reaches that loop; so every transaction is timed
 * here, and one still running after the {@linkplain #bound() bound} is reported once to the listeners (the
 * window's header, the command line), who say the database is damaged and what to do. When every overdue
 * transaction has finished after all, the listeners hear that it answers again.
 */
public final class WriteWatchdog implements AutoCloseable {
    /** A transaction still running after the bound: how long, and on which thread. */
    public record Overdue(Duration running, String thread) {
    }

    private final Duration bound;
    private final LongSupplier nanoTime;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<Consumer<Overdue>> onOverdue = new CopyOnWriteArrayList<>();
    private final List<Runnable> onAnswering = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker;
    private volatile boolean overdue;
    private final Object idle = new Object();

    private record Running(long startedNanos, String thread) {
    }

    /** A transaction being timed; closing it stops the clock. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    public WriteWatchdog(Duration bound) {
        this(bound, System::nanoTime, true);
    }

    WriteWatchdog(Duration bound, LongSupplier nanoTime, boolean tick) {
        this.bound = bound;
        this.nanoTime = nanoTime;
        if (tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("database-watchdog").daemon().factory());
            long period = Math.max(100, bound.toMillis() / 10);
            ticker.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    public Duration bound() {
        return bound;
    }

    /** Starts timing work on this thread. */
    public Watch begin() {
        long id = ids.incrementAndGet();
        running.put(id, new Running(nanoTime.getAsLong(), Thread.currentThread().getName()));
        return () -> {
            running.remove(id);
            if (overdue) {
                check();
            }
            synchronized (idle) {
                idle.notifyAll();
            }
        };
    }

    /**
     * Waits until no transaction is running, at most {@code limit}, and not at all while one is overdue (it may
     * never end); true when none is running.
     */
    public boolean awaitIdle(Duration limit) {
        long deadline = nanoTime.getAsLong() + limit.toNanos();
        synchronized (idle) {
            while (!running.isEmpty() && !overdue) {
                long left = deadline - nanoTime.getAsLong();
                if (left <= 0) {
                    break;
                }
                try {
                    idle.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return running.isEmpty();
    }

    /** How many transactions are running now. */
    public int runningCount() {
        return running.size();
    }

    /** True while a transaction has been running longer than the bound. */
    public boolean isOverdue() {
        return overdue;
    }

    /** Tells {@code listener} of each transaction that runs past the bound; the returned action stops telling it. */
    public Runnable onOverdue(Consumer<Overdue> listener) {
        onOverdue.add(listener);
        return () -> onOverdue.remove(listener);
    }

    public void onAnsweringAgain(Runnable listener) {
        onAnswering.add(listener);
    }

    /** Looks at the running transactions; the ticker calls it, tests call it with their own clock. */
    synchronized void check() {
        long now = nanoTime.getAsLong();
        Running oldest = running.values().stream()
                .min(java.util.Comparator.comparingLong(Running::startedNanos)).orElse(null);
        boolean late = oldest != null && now - oldest.startedNanos() > bound.toNanos();
        if (late && !overdue) {
            overdue = true;
            Overdue report = new Overdue(Duration.ofNanos(now - oldest.startedNanos()), oldest.thread());
            onOverdue.forEach(l -> l.accept(report));
        } else if (!late && overdue) {
            overdue = false;
            onAnswering.forEach(Runnable::run);
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
