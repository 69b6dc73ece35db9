package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.domain.event.PlanActivated;
import org.incidentdesk.domain.event.UnitDeleted;
import org.incidentdesk.domain.event.WorkstationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events raised in a transaction reach listeners only once it has committed. */
class StoreEventsTest {
    private static final WorkstationId HERE = new WorkstationId("test-host", 7);

    private final Database database = TestDatabase.open("events-" + UUID.randomUUID());
    private final List<DomainEvent> delivered = new ArrayList<>();
    private final Store store = new Store(database, delivered::add);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEventFromATransactionThatRollsBackReachesNoListener() {
        IllegalStateException failure = new IllegalStateException("refused half-way");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> store.run(s -> {
            s.raise(new UnitDeleted(HERE, 3));
            assertEquals(List.of(), delivered, "nothing is announced before the commit");
            throw failure;
        }));

        assertSame(failure, rootCause(thrown));
        assertEquals(List.of(), delivered);
    }

    @Test
    void eventsFromATransactionThatCommitsReachTheListenerOnceInTheOrderRaised() {
        List<Integer> seenInside = new ArrayList<>();
        store.run(s -> {
            s.raise(new UnitDeleted(HERE, 3));
            s.raise(new PlanActivated(HERE, 9));
            seenInside.add(delivered.size());
        });

        assertEquals(List.of(0), seenInside, "nothing is announced before the commit");
        assertEquals(List.of(new UnitDeleted(HERE, 3), new PlanActivated(HERE, 9)), delivered);
    }

    @Test
    void aNestedTransactionsEventsWaitForTheOuterCommitAndDieWithItsRollback() {
        assertThrows(RuntimeException.class, () -> store.run(outer -> {
            store.run(inner -> inner.raise(new UnitDeleted(HERE, 4)));
            assertEquals(List.of(), delivered, "the inner commit is not the end of the transaction");
            throw new IllegalStateException("outer fails");
        }));
        assertEquals(List.of(), delivered);

        store.run(outer -> store.run(inner -> inner.raise(new UnitDeleted(HERE, 5))));
        assertEquals(List.of(new UnitDeleted(HERE, 5)), delivered);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
