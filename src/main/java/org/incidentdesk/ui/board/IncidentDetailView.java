package org.incidentdesk.ui.board;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * The selected incident: header with level and phase, the legal lifecycle actions, and one tab per part of its
 * record (each a {@link DetailTab} of its own, as the plan workspace's tabs are).
 */
final class IncidentDetailView {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final StackPane root = new StackPane();
    private final Label heading = new Label();
    private final Label level = new Label();
    private final Label phase = new Label();
    private final HBox actions = new HBox(6);
    /** 总结评估…: the review of an incident whose response has ended. */
    private final Button reviewButton = new Button();
    private final List<DetailTab> tabs;

    IncidentDetailView(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
        reviewButton.setText(messages.get("reviewui.open"));
        reviewButton.setGraphic(Icons.REVIEW.node());
        reviewButton.setId("detail-open-review");
        reviewButton.setOnAction(e -> model.openReview());
        reviewButton.setVisible(false);
        reviewButton.setManaged(false);
        this.tabs = List.of(new FactsTab(model), new AssessmentTab(model), new TasksTab(model),
                new TimelineTab(model), new StatementsTab(model), new MetricsTab(model), new EvidenceTab(model));
        Label empty = new Label(messages.get("board.detail.none"));
        VBox content = new VBox(8, header(), actions, tabPane());
        content.setPadding(new Insets(8));
        VBox.setVgrow(content.getChildren().get(2), Priority.ALWAYS);
        content.visibleProperty().bind(model.detailProperty().isNotNull());
        empty.visibleProperty().bind(model.detailProperty().isNull());
        root.getChildren().addAll(empty, content);
        root.setId("incident-detail");
        model.metrics().reviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                Window owner = root.getScene() == null ? null : root.getScene().getWindow();
                switch (new MetricsImportDialog(owner, messages, review).showAndWait()
                        .orElse(new MetricsImportDialog.Answer.Cancel())) {
                    case MetricsImportDialog.Answer.Import i -> model.metrics().applyImport();
                    case MetricsImportDialog.Answer.Remap remap -> model.metrics().remap(remap.mapping());
                    case MetricsImportDialog.Answer.Cancel c -> model.metrics().cancelImport();
                }
            }
        });
        model.ending().offerProperty().addListener((o, a, offer) -> {
            if (offer != null) {
                new EndDialog(model).show(root.getScene() == null ? null : root.getScene().getWindow(), offer);
            }
        });
        model.detailProperty().addListener((o, a, d) -> show(d));
        model.nextPhases().addListener((ListChangeListener<IncidentPhase>) c -> actions());
    }

    Node root() {
        return root;
    }

    private Node header() {
        heading.setId("detail-heading");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        level.setId("detail-level");
        phase.setId("detail-phase");
        phase.getStyleClass().add("text-muted");
        return new VBox(4, heading, new HBox(8, level, phase));
    }

    private void actions() {
        actions.getChildren().clear();
        for (IncidentPhase next : model.nextPhases()) {
            Button b = new Button("→ " + messages.name(next));
            b.setId("phase-" + next.name());
            Permissions.needs(b, next.compareTo(IncidentPhase.ENDED) >= 0 ? Permission.INCIDENT_CLOSE
                    : Permission.INCIDENT_EDIT);
            b.setOnAction(e -> model.advance(next));
            actions.getChildren().add(b);
        }
        actions.getChildren().add(reviewButton);
    }

    private TabPane tabPane() {
        TabPane pane = new TabPane(tabs.stream().map(DetailTab::build).toArray(javafx.scene.control.Tab[]::new));
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.setId("detail-tabs");
        return pane;
    }

    private void show(IncidentDetail d) {
        if (d == null) {
            return;
        }
        Incident i = d.incident();
        heading.setText(model.texts().heading(i));
        level.setText(model.texts().level(i));
        level.setStyle(LevelStyle.badge(i.level()));
        phase.setText(messages.name(i.phase()));
        tabs.forEach(tab -> tab.show(d));
        // shown, not rebuilt: the phase buttons beside it stay the same nodes while the detail reloads
        reviewButton.setVisible(model.reviewable());
        reviewButton.setManaged(reviewButton.isVisible());
    }
}
