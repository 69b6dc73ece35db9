package org.incidentdesk.ui.board;

import javafx.scene.control.Tab;
import org.incidentdesk.service.incident.IncidentDetail;

/** One tab of the incident detail: built once, shown again for each incident read. */
interface DetailTab {
    Tab build();

    /** Shows {@code detail} (never null). */
    void show(IncidentDetail detail);
}
