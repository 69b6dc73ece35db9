package org.incidentdesk.domain.event;

import java.util.Set;

/** Duty shifts were added or deleted; {@code personIds} are the people whose shifts changed. */
public record DutyShiftsChanged(WorkstationId origin, Set<Long> personIds) implements RosterEvent {
    public DutyShiftsChanged {
        personIds = Set.copyOf(personIds);
    }
}
