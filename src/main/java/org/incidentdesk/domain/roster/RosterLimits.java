package org.incidentdesk.domain.roster;

import java.util.List;
import org.incidentdesk.domain.common.Violation;

/**
 * The longest text each roster field may hold: the column sizes of the roster tables ({@code V1__roster.sql}).
 * Forms and imports check against these, so a value the database would refuse is refused first, with a message
 * naming the field. Lengths count characters as a user does (code points: 𠮷 is one); the columns are twice as
 * wide ({@code V6__text_in_code_points.sql}) because H2 counts UTF-16 units, two for such a character.
 */
public final class RosterLimits {
    public static final int PERSON_NAME = 100;
    /** Office phone and fax. */
    public static final int PHONE = 40;
    public static final int EMAIL = 200;
    public static final int NOTES = 4000;
    public static final int POST_TITLE = 60;
    public static final int UNIT_NAME = 200;
    public static final int UNIT_DUTIES = 20000;
    public static final int SHIFT_NOTE = 400;

    private RosterLimits() {
    }

    /**
     * Adds a {@code validation.tooLong} problem for {@code field} when {@code value} is longer than {@code max}.
     *
     * @return true when the value fits (or is null), so a caller can skip checks that would only repeat the point
     */
    public static boolean checkLength(List<Violation> problems, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(Violation.of(field, "validation.tooLong", max));
            return false;
        }
        return true;
    }
}
