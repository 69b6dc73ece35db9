package org.incidentdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Runs work that touches the database, disk or printer off the JavaFX thread and hands the result back on
 * it. ViewModels use nothing else for background work. The work goes on lanes:
 * <ul>
 *   <li>writes run one at a time, in the order they were asked for;</li>
 *   <li>reads and refreshes run on a lane of their own, so a long write never holds up what the user sees;
 *       a refresh overtaken by a newer one with the same key is dropped (latest wins);</li>
 *   <li>long work ({@link #job}) reports progress and can be cancelled.</li>
 * </ul>
 */
public interface TaskRunner {
    /** A change: runs after every write asked for before it, and before every write asked for after it. */
    <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** A read whose every result matters (a file preview, a plan opened): not dropped, not behind writes. */
    <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * A reload for display. When a newer refresh with the same {@code key} is asked for before this one has
     * delivered, this one is dropped: not started if it has not started, its result never delivered.
     */
    <T> void refresh(String key, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Long work with progress that the user can cancel. Work that {@code writes} keeps its place among the
     * writes; other long work does not hold up reads. A cancelled job ends in {@code onFailure} with a
     * {@link java.util.concurrent.CancellationException}, having written nothing.
     */
    <T> Job job(String title, boolean writes, Job.Work<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure);

    /** True while any task runs: the status bar shows progress. */
    ReadOnlyBooleanProperty busyProperty();

    /** The long job running now, if any: the status bar shows its progress and a cancel button. */
    ReadOnlyObjectProperty<Job> currentJobProperty();
}
