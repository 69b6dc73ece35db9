package org.incidentdesk.domain.roster;

import java.time.Instant;

/** Who is on duty for a unit from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
public record DutyShift(Long id, long unitId, long personId, Instant startsAt, Instant endsAt, DutyKind kind,
                        String note, int version) {

    public boolean covers(Instant moment) {
        return !moment.isBefore(startsAt) && moment.isBefore(endsAt);
    }
}
