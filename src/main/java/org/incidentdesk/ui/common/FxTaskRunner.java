package org.incidentdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background work on one worker thread (so writes keep their order); results come back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "incidentdesk-worker-" + counter.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        changeRunning(+1);
        worker.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    changeRunning(-1);
                    onSuccess.accept(result);
                });
            } catch (Throwable failure) {
                logFailure(failure);
                Platform.runLater(() -> {
                    changeRunning(-1);
                    onFailure.accept(failure);
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

    private void changeRunning(int delta) {
        if (Platform.isFxApplicationThread()) {
            running += delta;
            busy.set(running > 0);
        } else {
            Platform.runLater(() -> changeRunning(delta));
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Takes no new work; what is queued still runs. */
    @Override
    public void close() {
        worker.shutdown();
    }

    /** Waits (off the JavaFX thread) until queued work such as a last save has finished, at most {@code seconds}. */
    public boolean awaitIdle(long seconds) throws InterruptedException {
        worker.shutdown();
        return worker.awaitTermination(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }
}
