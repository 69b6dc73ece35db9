package org.incidentdesk.ui.board;

import java.util.List;
import java.util.function.LongSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.IncidentParties;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The parties the plan names only per incident (事发单位, 主管部门 …) on the shown incident: which roster unit
 * plays each (or which the facts suggest), and setting one.
 */
public final class PartiesViewModel {
    private final IncidentService incidents;
    private final TaskRunner tasks;
    private final Failures failures;
    private final LongSupplier incidentId;
    private final Runnable afterwards;
    private final ObservableList<IncidentParties.Party> parties = FXCollections.observableArrayList();
    private final ObservableList<OrgUnit> units = FXCollections.observableArrayList();

    PartiesViewModel(IncidentService incidents, TaskRunner tasks, Failures failures, LongSupplier incidentId,
                     Runnable afterwards) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.failures = failures;
        this.incidentId = incidentId;
        this.afterwards = afterwards;
    }

    /** Shows what a reload read: the parties and every unit of the roster. */
    void show(List<IncidentParties.Party> read, List<OrgUnit> roster) {
        if (!units.equals(roster)) {
            units.setAll(roster);
        }
        parties.setAll(read);
    }

    /** Says which roster unit plays {@code roleId} on the shown incident; null clears it. */
    public void set(String roleId, OrgUnit unit) {
        long id = incidentId.getAsLong();
        if (id < 0) {
            return;
        }
        tasks.write(() -> {
            incidents.parties().set(id, roleId, unit == null ? null : unit.id());
            return null;
        }, done -> afterwards.run(), failure -> {
            failures.show("board.action.party", failure);
            afterwards.run();
        });
    }

    public ObservableList<IncidentParties.Party> parties() {
        return parties;
    }

    /** Every unit of the roster, to choose a party from. */
    public ObservableList<OrgUnit> units() {
        return units;
    }
}
