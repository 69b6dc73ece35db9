package org.incidentdesk.service.roster;

import java.util.List;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.StandardPosts;

/**
 * A unit's liaisons (联络员, R2) in the roster and how to reach them: the one lookup the 24-hour response duty
 * and a warning's notices both use.
 */
public final class Liaisons {
    private Liaisons() {
    }

    /** The people holding the liaison post in the unit, in roster order. */
    public static List<Person> of(Roster roster, OrgUnit unit) {
        return roster.holders(unit.id(), StandardPosts.LIAISON);
    }

    /** Whom to phone for the unit; the numbers are empty when the roster has none. */
    public static ResponseDuty.OnCall onCall(OrgUnit unit, Person liaison) {
        return new ResponseDuty.OnCall(unit.name(), liaison.name(), blankIfNull(liaison.mobile()),
                blankIfNull(liaison.officePhone()));
    }

    /** The unit's liaisons as whom to phone. */
    public static List<ResponseDuty.OnCall> onCall(Roster roster, OrgUnit unit) {
        return of(roster, unit).stream().map(liaison -> onCall(unit, liaison)).toList();
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
