package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One lock idiom: an edit of a row changed since it was read is refused, naming who changed it and when. */
class StaleEditTest {
    private static final Stamp CREATED = new Stamp(Instant.parse("2026-12-01T01:00:00Z"), new Actor("甲工作站"));
    private static final Stamp EDITED = new Stamp(Instant.parse("2026-12-01T02:30:00Z"), new Actor("乙工作站"));
    private static final Stamp LATE = new Stamp(Instant.parse("2026-12-01T03:00:00Z"), new Actor("丙工作站"));

    private final Database database = TestDatabase.open("stale-" + UUID.randomUUID());
    private final Store store = new Store(database, e -> { });

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEditFromAStaleReadNamesWhoChangedTheRowAndWhen() {
        OrgUnit read = insertUnit();
        store.run(s -> s.roster().updateUnit(renamed(read, "办公室（乙）"), EDITED));

        StaleDataException stale = assertThrows(StaleDataException.class,
                () -> store.run(s -> s.roster().updateUnit(renamed(read, "办公室（丙）"), LATE)));

        assertEquals(Optional.of("乙工作站"), stale.changedBy());
        assertEquals(Optional.of(EDITED.at()), stale.changedAt());
        assertTrue(stale.getMessage().contains("乙工作站"), stale.getMessage());
        assertEquals("办公室（乙）", store.inTransaction(s -> s.roster().unit(read.id())).orElseThrow().name());
    }

    @Test
    void anEditFromAFreshReadTakesTheNextVersionAndStampsWho() {
        OrgUnit read = insertUnit();

        store.run(s -> s.roster().updateUnit(renamed(read, "办公室（乙）"), EDITED));

        OrgUnit stored = store.inTransaction(s -> s.roster().unit(read.id())).orElseThrow();
        assertEquals(read.version() + 1, stored.version());
    }

    @Test
    void aDeleteFromAStaleReadIsRefusedAndARemovedRowIsOnlyNamed() {
        OrgUnit read = insertUnit();
        store.run(s -> s.roster().updateUnit(renamed(read, "办公室（乙）"), EDITED));

        StaleDataException staleDelete = assertThrows(StaleDataException.class,
                () -> store.run(s -> s.roster().deleteUnit(read.id(), read.version())));
        assertEquals(Optional.of("乙工作站"), staleDelete.changedBy());

        store.run(s -> s.roster().deleteUnit(read.id(), read.version() + 1));
        StaleDataException removed = assertThrows(StaleDataException.class,
                () -> store.run(s -> s.roster().updateUnit(renamed(read, "办公室（丙）"), LATE)));
        assertEquals(Optional.empty(), removed.changedBy());
    }

    private OrgUnit insertUnit() {
        long id = store.inTransaction(s -> s.roster().insertUnit(
                new OrgUnit(null, null, UnitKind.OFFICE, "办公室", null, 0, 0), CREATED));
        return store.inTransaction(s -> s.roster().unit(id)).orElseThrow();
    }

    private static OrgUnit renamed(OrgUnit unit, String name) {
        return new OrgUnit(unit.id(), unit.parentId(), unit.kind(), name, unit.duties(), unit.sortOrder(),
                unit.version());
    }
}
