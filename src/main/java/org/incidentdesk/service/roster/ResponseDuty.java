package org.incidentdesk.service.roster;

import java.util.List;

/**
 * What starting the 24-hour response duty did: the units whose liaison got a shift, the units without a liaison
 * to put on duty, the units whose liaisons were all on response duty already (no second shift for them), and
 * whom to phone: every liaison now on response duty, with their numbers.
 */
public record ResponseDuty(List<String> coveredUnits, List<String> unitsWithoutLiaison, List<String> alreadyOnDuty,
                           List<OnCall> onCall) {
    public ResponseDuty {
        coveredUnits = List.copyOf(coveredUnits);
        unitsWithoutLiaison = List.copyOf(unitsWithoutLiaison);
        alreadyOnDuty = List.copyOf(alreadyOnDuty);
        onCall = List.copyOf(onCall);
    }

    /** A person on response duty for a unit; the numbers are empty when the roster has none. */
    public record OnCall(String unit, String person, String mobile, String officePhone) {
    }
}
