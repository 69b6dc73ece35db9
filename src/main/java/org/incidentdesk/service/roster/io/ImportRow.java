package org.incidentdesk.service.roster.io;

import java.util.List;
import org.incidentdesk.domain.roster.Person;

/**
 * One data row of an import file and what applying it does.
 *
 * <p>{@code person} is the person as it would be stored: normalised, with the id and version of the existing
 * person when the row updates one. Unit ids in it (the person's unit and their posts' units) are real ids for
 * units already in the roster, negative placeholders for units the import creates (each placeholder stands for
 * one unit, named by {@code unitName} on the rows whose own unit it is), and 0 where the unit is missing or
 * unknown (such a row always has a problem).
 *
 * <p>A row that fills in only 单位 (and maybe 单位类型) names a unit, typically a command or working group with no
 * members of its own whose posts other rows refer to; an export writes one for every unit without people. Its
 * person has a null name and no details ({@link #namesUnitOnly()}); its action is ADD when the unit is new.
 */
public record ImportRow(int rowNumber, Person person, String unitName, RowAction action, List<RowProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** True for a row that only names a unit and carries no person. */
    public boolean namesUnitOnly() {
        return person.name() == null && person.officePhone() == null && person.mobile() == null
                && person.email() == null && person.fax() == null && person.notes() == null
                && person.posts().isEmpty() && unitName != null;
    }

    /** True when the row's own unit does not exist yet and the import creates it. */
    public boolean createsUnit() {
        return person.unitId() < 0;
    }
}
