package org.incidentdesk.service.roster;

import java.util.List;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.Person;

/** What a delete removed, kept so the user can undo it. */
public record DeletedPerson(Person person, List<DutyShift> shifts) {
    public DeletedPerson {
        shifts = List.copyOf(shifts);
    }
}
