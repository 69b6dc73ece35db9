package org.incidentdesk.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.incidentdesk.domain.common.ConnectionLostException;
import org.incidentdesk.domain.common.ConnectionState;
import org.incidentdesk.domain.event.DomainEvent;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Runs work in one database transaction. Every repository handed out by the {@link StoreSession} is bound
 * to that transaction, so a use case that touches several aggregates commits or rolls back as one. Events
 * {@linkplain StoreSession#raise raised} in the transaction are handed to {@code afterCommit} once it has
 * committed, in the order raised; a transaction that rolls back announces nothing.
 *
 * <p>A call made while a transaction is open on the same thread joins it: it runs on the same connection (so it
 * sees the outer transaction's uncommitted writes and takes no second connection that could wait on the first's
 * locks), inside a savepoint. Its writes and events become final only when the outermost transaction commits; if
 * the nested work fails, only its own writes are rolled back (to the savepoint) and the failure travels on.
 *
 * <p>The outermost transaction also records its events in the change feed ({@link ChangeFeedRepository}) before
 * it commits, so the other workstations on a shared database announce them too.
 */
public final class Store {
    private final Database database;
    private final Consumer<? super DomainEvent> afterCommit;
    private final Clock clock;
    /** The transaction open on this thread, which a nested call joins. */
    private final ThreadLocal<Open> open = new ThreadLocal<>();
    private volatile BooleanSupplier forbiddenThread = () -> false;

    /** The open transaction's context (bound to its connection) and the events it will announce. */
    private record Open(DSLContext dsl, List<DomainEvent> raised, List<Runnable> afterEnd) {
    }

    /** As the program's, with no clock: the rows of the change feed are stamped with the epoch (store tests). */
    public Store(Database database, Consumer<? super DomainEvent> afterCommit) {
        this(database, afterCommit, Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
    }

    /** {@code clock} stamps the rows of the change feed. */
    public Store(Database database, Consumer<? super DomainEvent> afterCommit, Clock clock) {
        this.database = database;
        this.afterCommit = afterCommit;
        this.clock = clock;
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
        Open outer = open.get();
        // jOOQ nests (with a savepoint on the same connection) only when the nested call is made from the
        // transaction's own configuration; from the top-level context it would open a second transaction.
        DSLContext base = outer == null ? database.dsl() : outer.dsl();
        List<DomainEvent> raised = new ArrayList<>();
        List<Runnable> afterEnd = outer == null ? new ArrayList<>() : outer.afterEnd();
        T result;
        if (outer == null && database.link().state() != ConnectionState.CONNECTED) {
            throw new ConnectionLostException(database.description(), null); // at once: a lost server is no wait
        }
        WriteWatchdog.Watch watch = outer == null ? database.beginTransaction() : null;
        try {
            result = base.transactionResult(cfg -> {
                Open current = new Open(DSL.using(cfg), raised, afterEnd);
                open.set(current);
                T done = work.apply(new StoreSession(current.dsl(), raised));
                if (outer == null) {
                    // in this transaction, last: the feed's head row stays locked only until the commit just after
                    new ChangeFeedRepository(current.dsl()).append(raised, clock.instant());
                }
                return done;
            });
            if (outer == null) {
                database.syncToDisk(); // on the disk before anyone is told it is saved
            }
        } catch (RuntimeException failure) {
            if (outer == null && ConnectionFailures.isConnectionLost(failure)) {
                database.link().reportLost(failure);
                throw new ConnectionLostException(database.description(), failure);
            }
            throw failure;
        } finally {
            if (outer == null) {
                open.remove();
                watch.close();
                afterEnd.forEach(Runnable::run);
            } else {
                open.set(outer);
            }
        }
        if (outer != null) {
            outer.raised().addAll(raised); // a nested transaction's events wait for the outer commit
        } else {
            raised.forEach(afterCommit);
        }
        return result;
    }

    /**
     * Runs {@code work} (which must not throw) once no transaction is open on this thread: at once when none is,
     * else right after the outermost one has committed or rolled back. For a write that must land although the
     * transaction it is asked from rolls back (a refusal's audit entry): written inside, it would roll back too,
     * and written on a second connection it could wait on locks its own thread holds.
     */
    public void afterTransaction(Runnable work) {
        Open outer = open.get();
        if (outer == null) {
            work.run();
        } else {
            outer.afterEnd().add(work);
        }
    }

    public void run(Consumer<StoreSession> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }
}
