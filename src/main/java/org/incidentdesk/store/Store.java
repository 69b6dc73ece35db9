package org.incidentdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.incidentdesk.domain.event.DomainEvent;
import org.jooq.impl.DSL;

/**
 * Runs work in one database transaction. Every repository handed out by the {@link StoreSession} is bound
 * to that transaction, so a use case that touches several aggregates commits or rolls back as one. Events
 * {@linkplain StoreSession#raise raised} in the transaction are handed to {@code afterCommit} once it has
 * committed, in the order raised; a transaction that rolls back announces nothing.
 */
public final class Store {
    private final Database database;
    private final Consumer<? super DomainEvent> afterCommit;
    /** The events of the transaction open on this thread. */
    private final ThreadLocal<List<DomainEvent>> pending = new ThreadLocal<>();
    private volatile BooleanSupplier forbiddenThread = () -> false;

    public Store(Database database, Consumer<? super DomainEvent> afterCommit) {
        this.database = database;
        this.afterCommit = afterCommit;
    }

    /**
     * Refuses database work on threads the test says are forbidden; the window forbids the JavaFX thread, so
     * a query slipped onto it fails loudly (in every UI test) instead of freezing the window.
     */
    public void forbidThreads(BooleanSupplier isForbidden) {
        this.forbiddenThread = isForbidden;
    }

    public <T> T inTransaction(Function<StoreSession, T> work) {
        if (forbiddenThread.getAsBoolean()) {
            throw new IllegalStateException("database access on a forbidden thread: " + Thread.currentThread().getName());
        }
        List<DomainEvent> outer = pending.get();
        List<DomainEvent> raised = new ArrayList<>();
        pending.set(raised);
        T result;
        try {
            result = database.dsl().transactionResult(cfg -> work.apply(new StoreSession(DSL.using(cfg), raised)));
        } finally {
            if (outer == null) {
                pending.remove();
            } else {
                pending.set(outer);
            }
        }
        if (outer != null) {
            outer.addAll(raised); // a nested transaction's events wait for the outer commit
        } else {
            raised.forEach(afterCommit);
        }
        return result;
    }

    public void run(Consumer<StoreSession> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }
}
