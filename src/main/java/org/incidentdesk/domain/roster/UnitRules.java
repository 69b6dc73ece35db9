package org.incidentdesk.domain.roster;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Violation;

/**
 * The checks a unit passes on its own. Whether its name is unique and its parent exists and lies outside it
 * needs the whole roster, and is checked where the roster is at hand.
 */
public final class UnitRules {
    private UnitRules() {
    }

    /** The unit as it will be stored: name and duties trimmed, blanks as null. */
    public static OrgUnit normalized(OrgUnit unit) {
        return new OrgUnit(unit.id(), unit.parentId(), unit.kind(), ContactRules.blankToNull(unit.name()),
                ContactRules.blankToNull(unit.duties()), unit.sortOrder(), unit.version());
    }

    public static List<Violation> check(OrgUnit unit) {
        List<Violation> problems = new ArrayList<>();
        String name = ContactRules.blankToNull(unit.name());
        if (name == null) {
            problems.add(Violation.of("unitName", "validation.required"));
        } else {
            RosterLimits.checkLength(problems, "unitName", name, RosterLimits.UNIT_NAME);
        }
        if (unit.kind() == null) {
            problems.add(Violation.of("unitKind", "validation.required"));
        }
        RosterLimits.checkLength(problems, "duties", ContactRules.blankToNull(unit.duties()), RosterLimits.UNIT_DUTIES);
        return problems;
    }
}
