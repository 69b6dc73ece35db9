package org.incidentdesk.ui.common;

import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.incidentdesk.service.common.ScheduledTask;
import org.incidentdesk.service.common.Scheduler;

/**
 * Wakes a ViewModel at an instant of the office clock, on the UI thread, so state that depends on time (who
 * is on duty now) follows time without a click and without polling. The scheduler decides when; this only
 * hands the task to the UI thread. ViewModel tests build it on a direct executor and need no toolkit.
 */
public final class FxAlarms {
    private final Scheduler scheduler;
    private final Executor uiThread;

    public FxAlarms(Scheduler scheduler, Executor uiThread) {
        this.scheduler = scheduler;
        this.uiThread = uiThread;
    }

    /** Delivers on the JavaFX application thread. */
    public static FxAlarms onFxThread(Scheduler scheduler) {
        return new FxAlarms(scheduler, Platform::runLater);
    }

    /**
     * Runs {@code task} on the UI thread once the clock has reached {@code at}; the result cancels it (a task
     * cancelled after it fell due but before the UI thread ran it does not run either).
     */
    public Runnable at(String name, Instant at, Runnable task) {
        Armed armed = new Armed(task);
        ScheduledTask scheduled = scheduler.schedule(name, at, () -> uiThread.execute(armed::runUnlessCancelled));
        return () -> {
            armed.cancelled = true;
            scheduler.cancel(scheduled);
        };
    }

    private static final class Armed {
        private final Runnable task;
        private volatile boolean cancelled;

        Armed(Runnable task) {
            this.task = task;
        }

        void runUnlessCancelled() {
            if (!cancelled) {
                task.run();
            }
        }
    }
}
