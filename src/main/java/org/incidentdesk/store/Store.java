package org.incidentdesk.store;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.impl.DSL;

/**
 * Runs work in one database transaction. Every repository handed out by the {@link StoreSession} is bound
 * to that transaction, so a use case that touches several aggregates commits or rolls back as one.
 */
public final class Store {
    private final Database database;
    private volatile BooleanSupplier forbiddenThread = () -> false;

    public Store(Database database) {
        this.database = database;
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
        return database.dsl().transactionResult(cfg -> work.apply(new StoreSession(DSL.using(cfg))));
    }

    public void run(Consumer<StoreSession> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }
}
