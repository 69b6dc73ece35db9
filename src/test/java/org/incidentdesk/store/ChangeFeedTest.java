package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.domain.event.PlanActivated;
import org.incidentdesk.domain.event.UnitDeleted;
import org.incidentdesk.domain.event.WorkstationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The change table receives exactly what a transaction announces, in commit order, and stays bounded. */
class ChangeFeedTest {
    private static final WorkstationId HERE = new WorkstationId("甲工作站", 7);

    private final Database database = TestDatabase.open("feed-" + UUID.randomUUID());
    private final Store store = new Store(database, e -> { });

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCommittedTransactionsEventsAreRecordedInOrderWithTheirOrigin() {
        store.run(s -> {
            s.raise(new UnitDeleted(HERE, 3));
            s.raise(new PlanActivated(HERE, 9));
        });
        store.run(s -> s.raise(new UnitDeleted(HERE, 4)));

        ChangeFeedRepository.Batch batch = store.inTransaction(s -> s.changes().after(0, 10));

        assertEquals(List.of(1L, 2L, 3L), batch.changes().stream().map(ChangeFeedRepository.Change::seq).toList());
        assertEquals(List.of(new UnitDeleted(HERE, 3), new PlanActivated(HERE, 9), new UnitDeleted(HERE, 4)),
                events(batch));
        assertEquals(3, batch.lastSeq());
        assertEquals(List.of(new UnitDeleted(HERE, 4)), events(store.inTransaction(s -> s.changes().after(2, 10))));
    }

    @Test
    void aTransactionThatRollsBackRecordsNothingAndTakesNoSeq() {
        assertThrows(IllegalStateException.class, () -> store.run(s -> {
            s.raise(new UnitDeleted(HERE, 3));
            throw new IllegalStateException("refused half-way");
        }));
        store.run(s -> s.raise(new UnitDeleted(HERE, 5)));

        ChangeFeedRepository.Batch batch = store.inTransaction(s -> s.changes().after(0, 10));
        assertEquals(List.of(new UnitDeleted(HERE, 5)), events(batch));
        assertEquals(1, batch.lastSeq(), "no gap left by the rolled-back transaction");
    }

    @Test
    void aNestedTransactionsEventsAreRecordedOnceWithTheOuterCommit() {
        store.run(outer -> {
            store.run(inner -> inner.raise(new UnitDeleted(HERE, 4)));
            outer.raise(new UnitDeleted(HERE, 5));
        });

        assertEquals(List.of(new UnitDeleted(HERE, 4), new UnitDeleted(HERE, 5)),
                events(store.inTransaction(s -> s.changes().after(0, 10))));
    }

    @Test
    void aReadOnlyTransactionRecordsNothing() {
        store.inTransaction(s -> s.roster().units());

        assertEquals(0L, (long) store.inTransaction(s -> s.changes().lastSeq()));
    }

    @Test
    void theTableKeepsOnlyTheNewestRows() {
        int written = ChangeFeedRepository.KEPT_ROWS + 150;
        store.run(s -> IntStream.rangeClosed(1, written).forEach(i -> s.raise(new UnitDeleted(HERE, i))));

        assertEquals((long) written, (long) store.inTransaction(s -> s.changes().lastSeq()));
        assertEquals(151L, store.inTransaction(s -> s.changes().firstKeptSeq()).orElseThrow(),
                "everything more than KEPT_ROWS behind the head is gone");
    }

    private static List<DomainEvent> events(ChangeFeedRepository.Batch batch) {
        return batch.changes().stream().map(ChangeFeedRepository.Change::event).toList();
    }
}
