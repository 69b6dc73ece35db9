package org.incidentdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands items produced on the calling thread to a consumer running on a second thread, in the order given, in
 * batches: reading a long result on one core while the rows are worked on on another. The consumer sees every item
 * once, in order, on one thread; {@link #finish()} waits for it and rethrows what it threw. When the consumer
 * fails, {@link #add} stops the producer by throwing; when the producer fails, {@link #close()} stops the consumer.
 */
final class OrderedHandoff<T> implements AutoCloseable {
    private static final int BATCH = 1024;
    private static final int BATCHES_IN_FLIGHT = 8;

    private final List<T> end = new ArrayList<>(0);
    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final Thread worker;
    private volatile Throwable failure;
    private List<T> batch = new ArrayList<>(BATCH);
    private boolean ended;

    OrderedHandoff(String threadName, Consumer<? super T> consumer) {
        worker = Thread.ofPlatform().name(threadName).daemon().start(() -> consume(consumer));
    }

    private void consume(Consumer<? super T> consumer) {
        try {
            for (List<T> items = queue.take(); items != end; items = queue.take()) {
                if (failure != null) {
                    continue; // keep taking, so the producer never blocks on a full queue
                }
                try {
                    items.forEach(consumer);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    void add(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            rethrowFailure();
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Hands over what is left, waits until the consumer has seen it all, and rethrows what the consumer threw. */
    void finish() {
        put(batch);
        endAndJoin();
        rethrowFailure();
    }

    /** Stops the consumer after what it was given (a no-op after {@link #finish()}). */
    @Override
    public void close() {
        endAndJoin();
    }

    private void endAndJoin() {
        if (ended) {
            return;
        }
        ended = true;
        put(end);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + worker.getName(), e);
        }
    }

    private void put(List<T> items) {
        try {
            queue.put(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted handing rows to " + worker.getName(), e);
        }
    }

    private void rethrowFailure() {
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(worker.getName() + " stopped", t);
        }
    }
}
