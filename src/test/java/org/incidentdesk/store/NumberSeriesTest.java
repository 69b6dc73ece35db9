package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.incidentdesk.store.NumberSeries.Series;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One allocator for every running number: distinct and gap-free under concurrent transactions. */
class NumberSeriesTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    private final Database database = TestDatabase.open("numbers-" + UUID.randomUUID());
    private final Store store = new Store(database, e -> { });
    private final ExecutorService workstations = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void close() {
        workstations.shutdownNow();
        database.close();
    }

    @Test
    void eightThreadsAllocatingAtOnceGetDistinctGapFreeNumbers() throws Exception {
        // Every thread opens its first transaction, then all take the year's first numbers together, so the
        // year's row is created by a race as well as incremented by one.
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Future<List<Integer>>> taken = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            taken.add(workstations.submit(() -> {
                List<Integer> mine = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    boolean first = round == 0;
                    mine.add(store.inTransaction(s -> {
                        if (first) {
                            await(together);
                        }
                        return s.numbers().take(Series.INCIDENTS, 2027);
                    }));
                }
                return mine;
            }));
        }
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> f : taken) {
            List<Integer> mine = f.get();
            assertEquals(mine.stream().sorted().toList(), mine, "one thread's numbers rise");
            all.addAll(mine);
        }

        assertEquals(IntStream.rangeClosed(1, THREADS * ROUNDS).boxed().toList(), all.stream().sorted().toList());
    }

    @Test
    void aRolledBackAllocationLeavesNoGap() {
        assertEquals(1, take(Series.WARNINGS, 2026));

        assertThrows(IllegalStateException.class, () -> store.run(s -> {
            assertEquals(2, s.numbers().take(Series.WARNINGS, 2026));
            throw new IllegalStateException("the warning could not be stored");
        }));

        assertEquals(2, take(Series.WARNINGS, 2026), "the rolled-back number is given again");
    }

    @Test
    void aRolledBackFirstAllocationOfTheYearLeavesNoRowBehind() {
        assertThrows(IllegalStateException.class, () -> store.run(s -> {
            s.numbers().take(Series.INCIDENTS, 2030);
            throw new IllegalStateException("refused");
        }));

        assertEquals(1, peek(Series.INCIDENTS, 2030));
        assertEquals(1, take(Series.INCIDENTS, 2030));
    }

    @Test
    void eachSeriesAndYearCountsOnItsOwn() {
        assertEquals(1, take(Series.INCIDENTS, 2026));
        assertEquals(2, take(Series.INCIDENTS, 2026));
        assertEquals(1, take(Series.WARNINGS, 2026));
        assertEquals(1, take(Series.INCIDENTS, 2027));
        assertEquals(1, take(Series.documents("青网舆办"), 2026));
        assertEquals(2, take(Series.documents("青网舆办"), 2026));
        assertEquals(1, take(Series.documents("青教"), 2026));
        assertEquals(3, take(Series.INCIDENTS, 2026));
    }

    @Test
    void peekingTakesNothing() {
        take(Series.documents("青网舆办"), 2026);

        assertEquals(2, peek(Series.documents("青网舆办"), 2026));
        assertEquals(2, peek(Series.documents("青网舆办"), 2026));
        assertEquals(2, take(Series.documents("青网舆办"), 2026));
    }

    private int take(Series series, int year) {
        return store.inTransaction(s -> s.numbers().take(series, year));
    }

    private int peek(Series series, int year) {
        return store.inTransaction(s -> s.numbers().peek(series, year));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
