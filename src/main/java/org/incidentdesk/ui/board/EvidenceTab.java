package org.incidentdesk.ui.board;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.service.incident.EvidenceService;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** 证据: files kept with their SHA-256 and links, and the check of every file against its hash. */
final class EvidenceTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final ListView<Evidence> evidence = new ListView<>();
    private final VBox check = new VBox(4);

    EvidenceTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
        model.evidenceCheckProperty().addListener((o, a, result) -> showCheck(result));
    }

    /**
     * The check's result in full, never cut off: a headline (green when every file matches, red when not) and
     * one line per file changed or missing, with both hashes; selectable so a hash can be copied.
     */
    private void showCheck(EvidenceService.CheckResult result) {
        check.getChildren().clear();
        check.getStyleClass().removeAll("evidence-check-ok", "evidence-check-problems");
        check.setVisible(result != null);
        check.setManaged(result != null);
        if (result == null) {
            return;
        }
        check.getStyleClass().add(result.problems().isEmpty() ? "evidence-check-ok" : "evidence-check-problems");
        Label headline = new Label(model.texts().evidenceCheckHeadline(result),
                (result.problems().isEmpty() ? Icons.CHECK : Icons.WARNING).node());
        headline.setId("evidence-check-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.getStyleClass().add("evidence-check-headline");
        check.getChildren().add(headline);
        for (EvidenceService.Problem problem : result.problems()) {
            TextArea line = new TextArea(model.texts().evidenceProblem(problem));
            line.setEditable(false);
            line.setWrapText(true);
            line.setPrefRowCount(2);
            line.getStyleClass().add("evidence-check-file");
            check.getChildren().add(line);
        }
    }

    @Override
    public Tab build() {
        evidence.setId("detail-evidence");
        evidence.setCellFactory(DetailPanes.textCells(model.texts()::evidence));
        Button file = new Button(messages.get("board.evidence.file"));
        file.setId("evidence-file");
        Permissions.needs(file, Permission.INCIDENT_RECORD);
        file.setOnAction(e -> model.chooseEvidence());
        TextField link = new TextField();
        link.setId("evidence-link");
        link.setPromptText("https://");
        HBox.setHgrow(link, Priority.ALWAYS);
        Button addLink = new Button(messages.get("board.evidence.link"));
        addLink.setId("evidence-add-link");
        Permissions.needs(addLink, Permission.INCIDENT_RECORD);
        addLink.setOnAction(e -> {
            model.attachLink(link.getText(), "");
            link.clear();
        });
        Button checkButton = new Button(messages.get("board.evidence.check"));
        checkButton.setId("evidence-check");
        checkButton.setOnAction(e -> model.checkEvidence());
        check.setId("evidence-check-result");
        check.getStyleClass().add("evidence-check");
        check.setMinHeight(Region.USE_PREF_SIZE);
        showCheck(model.evidenceCheckProperty().get());
        return DetailPanes.tab("evidence", messages.get("board.tab.evidence"), DetailPanes.section(evidence, evidence,
                new HBox(6, file, link, addLink), new HBox(6, checkButton), check));
    }

    @Override
    public void show(IncidentDetail detail) {
        evidence.getItems().setAll(detail.evidence());
    }
}
