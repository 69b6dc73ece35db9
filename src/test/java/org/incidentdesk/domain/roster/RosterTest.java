package org.incidentdesk.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static OrgUnit unit(long id, Long parentId) {
        return new OrgUnit(id, parentId, UnitKind.MEMBER_UNIT, "unit " + id, null, 0, 0);
    }

    private static Roster roster(OrgUnit... units) {
        return new Roster(List.of(units), List.of(), List.of());
    }

    @Test
    void descendantsAreEveryUnitBelowNotTheUnitItselfNorItsSiblingsOrParent() {
        // 1 ─┬─ 2 ── 4 ── 5
        //    └─ 3
        Roster roster = roster(unit(1, null), unit(2, 1L), unit(3, 1L), unit(4, 2L), unit(5, 4L));

        assertEquals(Set.of(2L, 3L, 4L, 5L), roster.descendantsOf(1));
        assertEquals(Set.of(4L, 5L), roster.descendantsOf(2));
        assertEquals(Set.of(), roster.descendantsOf(3));
        assertEquals(Set.of(), roster.descendantsOf(99));
    }

    @Test
    void aLoopAlreadyInTheDataEndsTheWalk() {
        Roster roster = roster(unit(1, 2L), unit(2, 1L), unit(3, 2L));

        assertEquals(Set.of(2L, 3L), roster.descendantsOf(1));
    }
}
