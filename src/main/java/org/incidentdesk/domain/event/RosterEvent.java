package org.incidentdesk.domain.event;

/** A change to the contact roster: people, units, duty shifts. */
public sealed interface RosterEvent extends DomainEvent
        permits PersonSaved, PersonDeleted, UnitSaved, UnitDeleted, DutyShiftsChanged, RosterImported {
}
