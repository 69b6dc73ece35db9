package org.incidentdesk.service.roster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;

/**
 * What a delete removed, kept so the user can undo it, with the names its units had then (by id), so an undo
 * that finds a unit gone can say which.
 */
public record DeletedPerson(Person person, List<DutyShift> shifts, Map<Long, String> unitNames) {
    public DeletedPerson {
        shifts = List.copyOf(shifts);
        unitNames = Map.copyOf(unitNames);
    }

    /** The units the person, their posts and their shifts refer to: all must exist to restore them. */
    Set<Long> unitIds() {
        return unitIdsOf(person, shifts);
    }

    static Set<Long> unitIdsOf(Person person, List<DutyShift> shifts) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(person.unitId());
        person.posts().stream().map(Post::unitId).forEach(ids::add);
        shifts.stream().map(DutyShift::unitId).forEach(ids::add);
        return ids;
    }
}
