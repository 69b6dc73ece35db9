package org.incidentdesk.service.roster;

import java.util.List;

/** Which units got a 24-hour duty shift, and which have no liaison to put on duty. */
public record ResponseDuty(List<String> coveredUnits, List<String> unitsWithoutLiaison) {
    public ResponseDuty {
        coveredUnits = List.copyOf(coveredUnits);
        unitsWithoutLiaison = List.copyOf(unitsWithoutLiaison);
    }
}
