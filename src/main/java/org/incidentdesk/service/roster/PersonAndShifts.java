package org.incidentdesk.service.roster;

import java.util.List;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.Person;

/** One person and their duty shifts, read in one transaction. */
public record PersonAndShifts(Person person, List<DutyShift> shifts) {
    public PersonAndShifts {
        shifts = List.copyOf(shifts);
    }
}
