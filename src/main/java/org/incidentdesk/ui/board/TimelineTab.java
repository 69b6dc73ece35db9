package org.incidentdesk.ui.board;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** 处置日志: the timeline, newest at the bottom, and a line to add a note. */
final class TimelineTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final ListView<TimelineEntry> timeline = new ListView<>();

    TimelineTab(IncidentDetailViewModel model) {
        this.model = model;
    }

    @Override
    public Tab build() {
        timeline.setId("detail-timeline");
        timeline.setCellFactory(DetailPanes.textCells(model.texts()::timeline));
        TextField entry = new TextField();
        entry.setId("note-text");
        HBox.setHgrow(entry, Priority.ALWAYS);
        Button add = new Button(model.messages().get("board.note.add"));
        add.setId("note-add");
        Permissions.needs(add, Permission.INCIDENT_RECORD);
        add.setOnAction(e -> {
            model.addNote(entry.getText());
            entry.clear();
        });
        entry.setOnAction(e -> add.fire());
        return DetailPanes.tab("timeline", model.messages().get("board.tab.timeline"),
                DetailPanes.section(timeline, timeline, new HBox(6, entry, add)));
    }

    @Override
    public void show(IncidentDetail detail) {
        timeline.getItems().setAll(detail.timeline());
        timeline.scrollTo(timeline.getItems().size() - 1);
    }
}
