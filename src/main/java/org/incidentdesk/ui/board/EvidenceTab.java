package org.incidentdesk.ui.board;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.service.incident.IncidentDetail;

/** 证据: files kept with their SHA-256 and links, and the check of every file against its hash. */
final class EvidenceTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final ListView<Evidence> evidence = new ListView<>();
    private final Label check = new Label();

    EvidenceTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
        model.evidenceProblemsProperty().addListener((o, a, problems) ->
                check.setText(model.texts().evidenceCheck(problems)));
    }

    @Override
    public Tab build() {
        evidence.setId("detail-evidence");
        evidence.setCellFactory(DetailPanes.textCells(model.texts()::evidence));
        Button file = new Button(messages.get("board.evidence.file"));
        file.setId("evidence-file");
        file.setOnAction(e -> model.chooseEvidence());
        TextField link = new TextField();
        link.setId("evidence-link");
        link.setPromptText("https://");
        HBox.setHgrow(link, Priority.ALWAYS);
        Button addLink = new Button(messages.get("board.evidence.link"));
        addLink.setId("evidence-add-link");
        addLink.setOnAction(e -> {
            model.attachLink(link.getText(), "");
            link.clear();
        });
        Button checkButton = new Button(messages.get("board.evidence.check"));
        checkButton.setId("evidence-check");
        checkButton.setOnAction(e -> model.checkEvidence());
        check.setId("evidence-check-result");
        check.setWrapText(true);
        return DetailPanes.tab("evidence", messages.get("board.tab.evidence"), DetailPanes.section(evidence, evidence,
                new HBox(6, file, link, addLink), new HBox(6, checkButton), check));
    }

    @Override
    public void show(IncidentDetail detail) {
        evidence.getItems().setAll(detail.evidence());
    }
}
