package org.incidentdesk.ui.board;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.GridPane;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Icons;

/** 事实: the reported facts (seven Ws, first publication, spread) and the button that corrects them. */
final class FactsTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final GridPane facts = new GridPane();

    FactsTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @Override
    public Tab build() {
        facts.setHgap(10);
        facts.setVgap(4);
        facts.setPadding(new Insets(8));
        Button edit = new Button(messages.get("board.facts.edit"), Icons.EDIT.node());
        edit.setId("facts-edit");
        edit.setOnAction(e -> {
            model.editFacts();
            new IntakeDialog(model.factsEditor(), messages, saved -> { }).show(edit.getScene().getWindow());
        });
        ScrollPane scroll = new ScrollPane(facts);
        scroll.setFitToWidth(true);
        return DetailPanes.tab("facts", messages.get("board.tab.facts"), DetailPanes.section(scroll, edit, scroll));
    }

    @Override
    public void show(IncidentDetail detail) {
        facts.getChildren().clear();
        int row = 0;
        for (DetailTexts.FactLine line : model.texts().facts(detail.incident())) {
            Label value = new Label(line.value());
            value.setWrapText(true);
            Label name = new Label(line.label());
            name.getStyleClass().add("text-muted");
            facts.addRow(row++, name, value);
        }
    }
}
