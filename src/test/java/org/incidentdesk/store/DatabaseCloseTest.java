package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.NUMBER_SERIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * Closing waits for a transaction running on another thread (an alert being written) and refuses new ones: H2
 * shut down under a running transaction lets that commit return without writing it (issue 19: an announced alert
 * was gone after a kill that followed the close).
 */
@Tag("embedded") // the embedded H2 database itself: left out of the PostgreSQL run
class DatabaseCloseTest {
    @TempDir
    Path dataDir;

    @Test
    void closeWaitsForTheRunningTransactionWhoseCommitThenSurvives() throws Exception {
        Database database = Database.openEmbedded(dataDir);
        Store store = new Store(database, e -> { });
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> store.inTransaction(s -> {
            inside.countDown();
            await(proceed);
            return s.numbers().take(NumberSeries.Series.INCIDENTS, 2026);
        }));
        assertEquals(true, inside.await(30, TimeUnit.SECONDS));
        CompletableFuture<Void> closing = CompletableFuture.runAsync(database::close);
        while (!database.isClosing()) {
            Thread.onSpinWait();
        }
        assertThrows(DatabaseUnavailableException.class, () -> store.inTransaction(s -> 0),
                "a transaction begun while closing is refused");
        proceed.countDown();
        int number = writer.get(30, TimeUnit.SECONDS);
        closing.get(30, TimeUnit.SECONDS);

        try (Database reopened = Database.openEmbedded(dataDir)) {
            assertEquals(number, reopened.dsl().select(NUMBER_SERIES.LAST_NUMBER).from(NUMBER_SERIES)
                    .where(NUMBER_SERIES.SERIES_KEY.eq("incident")).fetchSingle(NUMBER_SERIES.LAST_NUMBER));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
