package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A transaction opened inside another joins it: one connection, one commit, one rollback. */
class StoreTransactionsTest {
    private final Database database = TestDatabase.open("tx-" + UUID.randomUUID());
    private final Store store = new Store(database, e -> { });
    private final ExecutorService otherWorkstation = Executors.newSingleThreadExecutor();

    @BeforeEach
    void probeTable() {
        database.dsl().execute("CREATE TABLE probe (label VARCHAR(20) NOT NULL)");
    }

    @AfterEach
    void close() {
        otherWorkstation.shutdownNow();
        database.close();
    }

    @Test
    void anInnerWriteIsRolledBackWithTheOuterTransactionThatFailsAfterIt() {
        IllegalStateException failure = new IllegalStateException("outer fails after the inner committed");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> store.run(outer -> {
            store.run(inner -> insert(inner, "inner"));
            throw failure;
        }));

        assertTrue(causedBy(thrown, failure), "the outer failure travels out: " + thrown);
        assertEquals(List.of(), labels(), "the inner write went with the outer rollback");
    }

    @Test
    void aNestedReadSeesTheOuterTransactionsUncommittedWrite() {
        List<String> seenInside = store.inTransaction(outer -> {
            insert(outer, "outer");
            return store.inTransaction(StoreTransactionsTest::labelsIn);
        });

        assertEquals(List.of("outer"), seenInside);
    }

    @Test
    void theInnerWriteIsNotCommittedUntilTheOuterTransactionCommits() throws Exception {
        List<String> seenElsewhereMeanwhile = store.inTransaction(outer -> {
            store.run(inner -> insert(inner, "inner"));
            try {
                return otherWorkstation.submit(this::labels).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals(List.of(), seenElsewhereMeanwhile, "another connection sees nothing before the outer commit");
        assertEquals(List.of("inner"), labels());
    }

    @Test
    void aFailedNestedCallUndoesOnlyItsOwnWritesWhenTheOuterCarriesOn() {
        store.run(outer -> {
            insert(outer, "before");
            assertThrows(IllegalArgumentException.class, () -> store.run(inner -> {
                insert(inner, "inner");
                throw new IllegalArgumentException("inner refused");
            }));
            insert(outer, "after");
        });

        assertEquals(List.of("after", "before"), labels());
    }

    @Test
    void aNestedCallOnAForbiddenThreadIsStillRefused() {
        store.forbidThreads(() -> true);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> store.run(s -> { }));

        assertTrue(refused.getMessage().contains("forbidden thread"), refused.getMessage());
    }

    private List<String> labels() {
        return store.inTransaction(StoreTransactionsTest::labelsIn);
    }

    private static List<String> labelsIn(StoreSession s) {
        return s.dsl().select(DSL.field("label", String.class)).from(DSL.table("probe"))
                .orderBy(DSL.field("label")).fetch(r -> r.value1());
    }

    private static void insert(StoreSession s, String label) {
        s.dsl().insertInto(DSL.table("probe"), DSL.field("label", String.class)).values(label).execute();
    }

    private static boolean causedBy(Throwable thrown, Throwable expected) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t == expected) {
                return true;
            }
        }
        return false;
    }
}
