package org.incidentdesk.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Long work the user can watch and cancel (a roster import or export). The work reports its steps from its
 * own thread; the properties change on the UI thread. Cancelling is cooperative: the work looks at
 * {@link #isCancelled()} where stopping leaves nothing half-done.
 */
public final class Job {
    /** The work itself; it may call {@link Job#step} and should call {@link Job#throwIfCancelled()}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Job job) throws Exception;
    }

    /** Progress not known: the bar runs without a fraction. */
    public static final double INDETERMINATE = -1;

    private final Executor ui;
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private volatile boolean cancelled;

    public Job(String title, Executor ui) {
        this.title = new ReadOnlyStringWrapper(title);
        this.ui = ui;
    }

    /** From the work's thread: what it is doing now and how far it is (0–1, or {@link #INDETERMINATE}). */
    public void step(String text, double fraction) {
        ui.execute(() -> {
            step.set(text);
            progress.set(fraction);
        });
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** For services that take a plain "was it cancelled?" question. */
    public BooleanSupplier cancelledQuestion() {
        return this::isCancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException(title.get());
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
