package org.incidentdesk.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.domain.event.PlanActivated;
import org.incidentdesk.domain.event.UnitDeleted;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two workstations on one database (two stores and buses on one database): each announces the
 * other's changes, in order, once, and never its own twice. The test fetches where the link's thread would.
 */
class ChangeFeedFollowerTest {
    private static final WorkstationId A = new WorkstationId("甲工作站", 1);
    private static final WorkstationId B = new WorkstationId("乙工作站", 2);

    private final Database database = TestDatabase.open("follow-" + UUID.randomUUID());
    private final Workstation a = new Workstation(database, A);
    private final Workstation b = new Workstation(database, B);

    private static final class Workstation {
        final EventBus bus;
        final Store store;
        final ChangeFeedFollower follower;
        final List<DomainEvent> heard = new CopyOnWriteArrayList<>();

        Workstation(Database database, WorkstationId id) {
            bus = new EventBus(id);
            bus.subscribe(DomainEvent.class, heard::add);
            store = new Store(database, bus::publish);
            follower = new ChangeFeedFollower(store, database.link(), bus);
        }
    }

    @AfterEach
    void close() {
        a.follower.close();
        b.follower.close();
        database.close();
    }

    @Test
    void eachWorkstationAnnouncesTheOthersChangesOnceInOrderAndNotItsOwnAgain() {
        a.follower.beginAtEnd();
        b.follower.beginAtEnd();

        a.store.run(s -> {
            s.raise(new UnitDeleted(A, 3));
            s.raise(new PlanActivated(A, 9));
        });
        b.store.run(s -> s.raise(new UnitDeleted(B, 4)));

        assertEquals(2, b.follower.fetch(), "the two changes of 甲");
        assertEquals(List.of(new UnitDeleted(B, 4), new UnitDeleted(A, 3), new PlanActivated(A, 9)), b.heard,
                "its own at commit, then the other's from the feed");
        assertEquals(1, a.follower.fetch());
        assertEquals(List.of(new UnitDeleted(A, 3), new PlanActivated(A, 9), new UnitDeleted(B, 4)), a.heard);

        assertEquals(0, a.follower.fetch(), "nothing is announced twice");
        assertEquals(0, b.follower.fetch());
        assertEquals(3, a.follower.lastSeq());
    }

    @Test
    void changesMadeBeforeTheFollowerStartedAreNotAnnouncedAgain() {
        a.store.run(s -> s.raise(new UnitDeleted(A, 3)));

        b.follower.beginAtEnd();

        assertEquals(0, b.follower.fetch(), "the window loads what was there when it opened");
        a.store.run(s -> s.raise(new UnitDeleted(A, 8)));
        assertEquals(1, b.follower.fetch());
        assertEquals(List.of(new UnitDeleted(A, 8)), b.heard);
    }
}
