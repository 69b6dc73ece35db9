package org.incidentdesk.store;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.impl.DSL;

/**
 * Runs work in one database transaction. Every repository handed out by the {@link StoreSession} is bound
 * to that transaction, so a use case that touches several aggregates commits or rolls back as one.
 */
public final class Store {
    private final Database database;

    public Store(Database database) {
        this.database = database;
    }

    public <T> T inTransaction(Function<StoreSession, T> work) {
        return database.dsl().transactionResult(cfg -> work.apply(new StoreSession(DSL.using(cfg))));
    }

    public void run(Consumer<StoreSession> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    public String description() {
        return database.description();
    }
}
