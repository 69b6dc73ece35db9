package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class OrderedHandoffTest {
    @Test
    void theConsumerSeesEveryItemOnceInOrderOnOneOtherThread() {
        List<Integer> seen = new ArrayList<>();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        int count = 10_000 + 17; // not a whole number of batches
        try (OrderedHandoff<Integer> handoff = new OrderedHandoff<>("test-handoff", i -> {
            threads.add(Thread.currentThread());
            seen.add(i);
        })) {
            for (int i = 0; i < count; i++) {
                handoff.add(i);
            }
            handoff.finish();
        }
        assertEquals(count, seen.size());
        for (int i = 0; i < count; i++) {
            assertEquals(i, seen.get(i));
        }
        assertEquals(1, threads.size());
        assertNotEquals(Thread.currentThread(), threads.iterator().next());
    }

    @Test
    void aFailingConsumerStopsTheProducerWithItsException() {
        IllegalArgumentException thrown = new IllegalArgumentException("row 3000 is bad");
        int[] produced = {0};
        try (OrderedHandoff<Integer> handoff = new OrderedHandoff<>("test-handoff", i -> {
            if (i == 3000) {
                throw thrown;
            }
        })) {
            IllegalArgumentException caught = assertThrows(IllegalArgumentException.class, () -> {
                for (int i = 0; i < 1_000_000; i++) {
                    handoff.add(i);
                    produced[0]++;
                }
                handoff.finish();
            });
            assertSame(thrown, caught);
        }
        assertTrue(produced[0] < 1_000_000, "the producer stopped early, after " + produced[0]);
    }

    @Test
    void aFailingProducerStopsTheConsumerAndLeavesNoThreadBehind() {
        List<Integer> seen = new ArrayList<>();
        Thread[] worker = new Thread[1];
        assertThrows(IllegalStateException.class, () -> {
            try (OrderedHandoff<Integer> handoff = new OrderedHandoff<>("test-handoff", i -> {
                worker[0] = Thread.currentThread();
                seen.add(i);
            })) {
                for (int i = 0; i < 5000; i++) {
                    handoff.add(i);
                }
                throw new IllegalStateException("the query failed");
            }
        });
        assertEquals(List.of(0, 1, 2), seen.subList(0, 3));
        assertTrue(seen.size() <= 5000);
        assertTrue(worker[0] != null && !worker[0].isAlive(), "the consumer thread ended");
    }
}
