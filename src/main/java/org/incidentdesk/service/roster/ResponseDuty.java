package org.incidentdesk.service.roster;

import java.util.List;

/**
 * What starting the 24-hour response duty did: the units whose liaison got a shift, the units without a liaison
 * to put on duty, and the units whose liaisons were all on response duty already (no second shift for them).
 */
public record ResponseDuty(List<String> coveredUnits, List<String> unitsWithoutLiaison, List<String> alreadyOnDuty) {
    public ResponseDuty {
        coveredUnits = List.copyOf(coveredUnits);
        unitsWithoutLiaison = List.copyOf(unitsWithoutLiaison);
        alreadyOnDuty = List.copyOf(alreadyOnDuty);
    }
}
