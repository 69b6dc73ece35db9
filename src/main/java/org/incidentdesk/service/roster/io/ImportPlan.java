package org.incidentdesk.service.roster.io;

import java.util.List;
import org.incidentdesk.domain.roster.UnitKind;

/** Everything applying a file does: the rows as previewed and the units to create first. */
record ImportPlan(List<ImportRow> rows, List<NewUnit> newUnits) {

    ImportPlan {
        rows = List.copyOf(rows);
        newUnits = List.copyOf(newUnits);
    }

    /** A unit the file names that the roster does not have yet; {@code placeholderId} is negative. */
    record NewUnit(long placeholderId, String name, UnitKind kind) {
    }
}
