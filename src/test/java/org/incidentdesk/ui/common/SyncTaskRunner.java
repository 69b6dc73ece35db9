package org.incidentdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Every lane run inline on the calling thread, for ViewModel tests without the toolkit: when a command
 * returns, its work and its callback have run. It records how many tasks went on each lane.
 */
public final class SyncTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Job> currentJob = new ReadOnlyObjectWrapper<>();
    private int writes;
    private int reads;
    private boolean cancelNextJob;

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        writes++;
        runInline(work, onSuccess, onFailure);
    }

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        reads++;
        runInline(work, onSuccess, onFailure);
    }

    @Override
    public <T> void refresh(String key, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Throwable> onFailure) {
        reads++;
        runInline(work, onSuccess, onFailure);
    }

    @Override
    public <T> Job job(String title, boolean writesData, Job.Work<T> work, Consumer<? super T> onSuccess,
                       Consumer<? super Throwable> onFailure) {
        Job job = new Job(title, Runnable::run);
        if (cancelNextJob) {
            job.cancel();
            cancelNextJob = false;
        }
        if (writesData) {
            writes++;
        } else {
            reads++;
        }
        currentJob.set(job);
        runInline(() -> work.run(job), onSuccess, onFailure);
        currentJob.set(null);
        return job;
    }

    /** The next job starts already cancelled, as if the user pressed Cancel at once. */
    public void cancelNextJob() {
        cancelNextJob = true;
    }

    private static <T> void runInline(Callable<T> work, Consumer<? super T> onSuccess,
                                      Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    public int writes() {
        return writes;
    }

    public int reads() {
        return reads;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Job> currentJobProperty() {
        return currentJob.getReadOnlyProperty();
    }
}
