package org.incidentdesk.ui.board;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.warning.AssessmentPane;

/**
 * 研判: the incident's one assessment, the same pane and ViewModel as the warning panel's — tick the plan's
 * criteria, see the proposal and its reasons, confirm or 改定 with a reason; the earlier assessments below.
 */
final class AssessmentTab implements DetailTab {
    private final IncidentDetailViewModel model;

    AssessmentTab(IncidentDetailViewModel model) {
        this.model = model;
    }

    @Override
    public Tab build() {
        VBox pane = new AssessmentPane(model.assessment()).build(false);
        pane.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return DetailPanes.tab("assessment", model.messages().get("board.tab.assessment"), scroll);
    }

    @Override
    public void show(IncidentDetail detail) {
        // the ViewModel follows the shown incident itself; the pane is bound to it
    }
}
