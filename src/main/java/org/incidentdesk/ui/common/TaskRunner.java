package org.incidentdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs work that touches the database, disk or printer off the JavaFX thread and hands the result back on
 * it. ViewModels use nothing else for background work.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** True while any task runs: the status bar shows progress. */
    ReadOnlyBooleanProperty busyProperty();
}
