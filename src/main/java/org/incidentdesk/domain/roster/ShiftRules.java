package org.incidentdesk.domain.roster;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Violation;

/** The checks a duty shift passes on its own; that its person and unit exist needs the roster. */
public final class ShiftRules {
    private ShiftRules() {
    }

    public static List<Violation> check(DutyShift shift) {
        List<Violation> problems = new ArrayList<>();
        if (shift.startsAt() == null) {
            problems.add(Violation.of("startsAt", "validation.required"));
        }
        if (shift.endsAt() == null) {
            problems.add(Violation.of("endsAt", "validation.required"));
        } else if (shift.startsAt() != null && !shift.endsAt().isAfter(shift.startsAt())) {
            problems.add(Violation.of("endsAt", "validation.endBeforeStart"));
        }
        RosterLimits.checkLength(problems, "note", shift.note(), RosterLimits.SHIFT_NOTE);
        return problems;
    }
}
