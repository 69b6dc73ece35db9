package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.audit.EntryHash;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.FieldChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The audit chain under concurrent appends from two workstations on one database (two pools: on PostgreSQL two
 * connections to the same server database, on H2 two pools on one in-memory database): the head row's lock queues
 * the appenders, so the chain has no gap, no fork and every entry links to the one before.
 */
class AuditChainConcurrencyTest {
    private static final int THREADS_PER_WORKSTATION = 4;
    private static final int APPENDS_PER_THREAD = 10;
    private final List<Database> workstations = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_WORKSTATION);

    @AfterEach
    void close() {
        threads.shutdownNow();
        workstations.forEach(Database::close);
    }

    @Test
    void twoWorkstationsAppendingAtOnceLeaveOneUnbrokenChain() throws Exception {
        if (TestDatabase.onPostgresql()) {
            ServerAddress shared = TestDatabase.freshServerDatabase("auditchain");
            workstations.add(Database.openServer(shared));
            workstations.add(Database.openServer(shared));
        } else {
            String name = "audit-chain-" + UUID.randomUUID();
            workstations.add(Database.openInMemory(name));
            workstations.add(Database.openInMemory(name));
        }
        CyclicBarrier start = new CyclicBarrier(2 * THREADS_PER_WORKSTATION);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_WORKSTATION; t++) {
            Store store = new Store(workstations.get(t % 2), event -> { });
            String who = "值班员" + t;
            done.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                    int n = i;
                    store.run(s -> s.audit().append(new Stamp(Instant.parse("2026-03-02T01:00:00Z"), new Actor(who)),
                            "test.append", "thing", n, new FieldChange("n", null, String.valueOf(n))));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }

        List<ChainedEntry> chain = new ArrayList<>();
        new Store(workstations.get(0), event -> { }).run(s -> s.audit().walk(chain::add));
        int total = 2 * THREADS_PER_WORKSTATION * APPENDS_PER_THREAD;
        assertEquals(total, chain.size());
        EntryHash hasher = new EntryHash();
        String previous = EntryHash.GENESIS;
        for (int i = 0; i < chain.size(); i++) {
            ChainedEntry entry = chain.get(i);
            assertEquals(i + 1, entry.seq(), "no gap and no repeat in the seqs");
            assertEquals(previous, entry.prevHash(), "entry " + entry.seq() + " links to the one before");
            assertTrue(entry.selfConsistent(hasher), "entry " + entry.seq() + " hashes what it holds");
            previous = entry.hash();
        }
        AuditRepository.Head head = new Store(workstations.get(1), event -> { })
                .inTransaction(s -> s.audit().head());
        assertEquals(new AuditRepository.Head(total, previous), head);
    }
}
