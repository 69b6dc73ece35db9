package org.incidentdesk.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.junit.jupiter.api.Test;

class UnitRulesTest {

    private static OrgUnit unit(String name, UnitKind kind, String duties) {
        return new OrgUnit(null, null, kind, name, duties, 0, 0);
    }

    /** org_unit.name is VARCHAR(200) and org_unit.duties VARCHAR(20000) in V1__roster.sql. */
    @Test
    void nameAndDutiesFitTheirColumnsAndOneCharacterMoreIsRefused() {
        String name = "局".repeat(200);
        String duties = "责".repeat(20000);
        assertEquals(List.of(), UnitRules.check(unit(name, UnitKind.MEMBER_UNIT, duties)));

        assertEquals(List.of(
                Violation.of("unitName", "validation.tooLong", 200),
                Violation.of("duties", "validation.tooLong", 20000)),
                UnitRules.check(unit(name + "局", UnitKind.MEMBER_UNIT, duties + "责")));
    }

    @Test
    void nameAndKindAreRequired() {
        assertEquals(List.of(
                Violation.of("unitName", "validation.required"),
                Violation.of("unitKind", "validation.required")), UnitRules.check(unit("  ", null, null)));
    }

    @Test
    void normalizedTrimsAndStoresBlanksAsNull() {
        OrgUnit stored = UnitRules.normalized(unit(" 县水务局 ", UnitKind.MEMBER_UNIT, "  "));
        assertEquals("县水务局", stored.name());
        assertEquals(null, stored.duties());
    }
}
