package org.incidentdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lanes of {@link TaskRunner} on three worker threads: writes, reads (and refreshes), and read-only long
 * work. Results come back through {@code ui} — the JavaFX thread in the window.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final Executor ui;
    private final ExecutorService writes = lane("write");
    private final ExecutorService reads = lane("read");
    private final ExecutorService longReads = lane("long");
    private final Map<String, AtomicLong> latestRefresh = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Job> currentJob = new ReadOnlyObjectWrapper<>();

    public FxTaskRunner() {
        this(Platform::runLater);
    }

    /** {@code ui} runs the callbacks: the JavaFX thread in the window, a queue the test drains in tests. */
    public FxTaskRunner(Executor ui) {
        this.ui = ui;
    }

    private static ExecutorService lane(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "incidentdesk-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submit(writes, work, () -> true, onSuccess, onFailure);
    }

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submit(reads, work, () -> true, onSuccess, onFailure);
    }

    @Override
    public <T> void refresh(String key, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Throwable> onFailure) {
        AtomicLong latest = latestRefresh.computeIfAbsent(key, k -> new AtomicLong());
        long mine = latest.incrementAndGet();
        submit(reads, work, () -> latest.get() == mine, onSuccess, onFailure);
    }

    @Override
    public <T> Job job(String title, boolean writesData, Job.Work<T> work, Consumer<? super T> onSuccess,
                       Consumer<? super Throwable> onFailure) {
        Job job = new Job(title, ui);
        currentJob.set(job);
        submit(writesData ? writes : longReads, () -> {
            job.throwIfCancelled();
            return work.run(job);
        }, () -> true, result -> {
            endJob(job);
            onSuccess.accept(result);
        }, failure -> {
            endJob(job);
            onFailure.accept(failure);
        });
        return job;
    }

    private void endJob(Job job) {
        if (currentJob.get() == job) {
            currentJob.set(null);
        }
    }

    /** {@code stillWanted} is asked before the work starts and again before its result is delivered. */
    private <T> void submit(ExecutorService lane, Callable<T> work, BooleanSupplier stillWanted,
                            Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        running.incrementAndGet();
        ui.execute(this::showBusy);
        lane.execute(() -> {
            if (!stillWanted.getAsBoolean()) {
                running.decrementAndGet();
                ui.execute(this::showBusy);
                return;
            }
            try {
                T result = work.call();
                ui.execute(() -> {
                    running.decrementAndGet();
                    showBusy();
                    if (stillWanted.getAsBoolean()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable failure) {
                if (!(failure instanceof CancellationException)) {
                    logFailure(failure);
                }
                ui.execute(() -> {
                    running.decrementAndGet();
                    showBusy();
                    if (stillWanted.getAsBoolean()) {
                        onFailure.accept(failure);
                    }
                });
            }
        });
    }

    /** A refused input is the user's to fix, not a fault: one line, no stack trace. */
    static void logFailure(Throwable failure) {
        if (failure instanceof ValidationException || failure instanceof StaleDataException) {
            LOG.info("input refused: {}", failure.getMessage());
        } else {
            LOG.warn("background task failed", failure);
        }
    }

    /** On the UI thread. */
    private void showBusy() {
        busy.set(running.get() > 0);
    }

    /**
     * Completes once everything queued on every lane before this call has run and delivered its result, so
     * a test can look for "nothing happened" without sleeping.
     */
    public CompletableFuture<Void> drained() {
        List<CompletableFuture<Object>> marks = new ArrayList<>();
        for (ExecutorService lane : List.of(writes, reads, longReads)) {
            CompletableFuture<Object> mark = new CompletableFuture<>();
            submit(lane, () -> null, () -> true, mark::complete, mark::complete);
            marks.add(mark);
        }
        return CompletableFuture.allOf(marks.toArray(CompletableFuture[]::new));
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Job> currentJobProperty() {
        return currentJob.getReadOnlyProperty();
    }

    /** Takes no new work; what is queued still runs. */
    @Override
    public void close() {
        List.of(writes, reads, longReads).forEach(ExecutorService::shutdown);
    }

    /**
     * Waits (off the JavaFX thread) until queued work has finished — above all a last save on the write
     * lane — at most {@code seconds} per lane. Reads are not waited for: nobody will see them. (No thread is
     * interrupted: an interrupt in the middle of database file I/O can close the database file.)
     */
    public boolean awaitIdle(long seconds) throws InterruptedException {
        close();
        return writes.awaitTermination(seconds, TimeUnit.SECONDS)
                && longReads.awaitTermination(seconds, TimeUnit.SECONDS);
    }
}
