package org.incidentdesk.ui.roster;

import org.incidentdesk.domain.roster.Person;

/** One line of the people table, with the unit and posts already spelled out. */
public record PersonRow(Person person, String unitName, String posts, boolean onDuty) {
    public long id() {
        return person.id();
    }

    public String name() {
        return person.name();
    }
}
