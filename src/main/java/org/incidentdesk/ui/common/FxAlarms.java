package org.incidentdesk.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * {@link Alarms} for the window: one sleeping thread wakes at the due instant of the office clock and hands
 * the task to the JavaFX thread. A task found early (the clock was set back while it slept) waits again.
 */
public final class FxAlarms implements Alarms, AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "incidentdesk-alarms");
        t.setDaemon(true);
        return t;
    });

    public FxAlarms(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Runnable at(Instant at, Runnable task) {
        Armed armed = new Armed(at, task);
        armed.arm();
        return armed::cancel;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private final class Armed {
        private final Instant at;
        private final Runnable task;
        private volatile boolean cancelled;
        private volatile ScheduledFuture<?> pending;

        Armed(Instant at, Runnable task) {
            this.at = at;
            this.task = task;
        }

        void arm() {
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            pending = timer.schedule(this::due, delay, TimeUnit.MILLISECONDS);
        }

        private void due() {
            if (cancelled) {
                return;
            }
            if (clock.instant().isBefore(at)) {
                arm();
                return;
            }
            Platform.runLater(() -> {
                if (!cancelled) {
                    task.run();
                }
            });
        }

        void cancel() {
            cancelled = true;
            ScheduledFuture<?> f = pending;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
