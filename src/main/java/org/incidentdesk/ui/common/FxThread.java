package org.incidentdesk.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The one place views queue work on the JavaFX thread, so a rule can keep {@code Platform.runLater} here. */
public final class FxThread {
    private FxThread() {
    }

    /**
     * Runs {@code action} on the JavaFX thread after the event being handled has finished, for a view that must
     * not change a control from inside that control's own change listener (a list's selection, for one).
     */
    public static void afterCurrentEvent(Runnable action) {
        Platform.runLater(action);
    }

    /**
     * Runs {@code work} on the JavaFX thread and waits for its result, from another thread: for what must be asked
     * of a person before that thread can go on (the database key at start). Refused on the JavaFX thread itself,
     * which would wait for itself.
     */
    public static <T> T await(Supplier<T> work) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("waiting on the JavaFX thread for the JavaFX thread");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
