package org.incidentdesk.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.junit.jupiter.api.Test;

class ShiftRulesTest {
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    private static DutyShift shift(Instant start, Instant end, String note) {
        return new DutyShift(null, 1, 1, start, end, DutyKind.REGULAR, note, 0);
    }

    /** duty_shift.note is VARCHAR(400) in V1__roster.sql. */
    @Test
    void theNoteFitsItsColumnAndOneCharacterMoreIsRefused() {
        Instant end = START.plus(Duration.ofHours(8));
        assertEquals(List.of(), ShiftRules.check(shift(START, end, "注".repeat(400))));
        assertEquals(List.of(Violation.of("note", "validation.tooLong", 400)),
                ShiftRules.check(shift(START, end, "注".repeat(401))));
    }

    @Test
    void aShiftHasAStartAndEndsAfterIt() {
        assertEquals(List.of(Violation.of("startsAt", "validation.required"), Violation.of("endsAt", "validation.required")),
                ShiftRules.check(shift(null, null, null)));
        assertEquals(List.of(Violation.of("endsAt", "validation.endBeforeStart")), ShiftRules.check(shift(START, START, null)));
    }
}
