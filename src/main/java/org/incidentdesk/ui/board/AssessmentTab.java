package org.incidentdesk.ui.board;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.ui.common.Choices;

/** 研判: run the plan's assessor, confirm or override its proposal, and the earlier assessments. */
final class AssessmentTab implements DetailTab {
    private final IncidentDetailViewModel model;
    private final Messages messages;
    private final VBox assessment = new VBox(6);

    AssessmentTab(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @Override
    public Tab build() {
        assessment.setPadding(new Insets(8));
        return DetailPanes.tab("assessment", messages.get("board.tab.assessment"), new ScrollPane(assessment));
    }

    @Override
    public void show(IncidentDetail d) {
        assessment.getChildren().clear();
        Button assess = new Button(messages.get("board.assess.run"));
        assess.setId("assess-run");
        assess.setOnAction(e -> model.assess());
        assessment.getChildren().add(assess);
        d.pendingAssessment().ifPresent(pending -> {
            Label proposed = new Label(model.texts().proposed(pending));
            proposed.setId("assess-proposed");
            proposed.getStyleClass().add("title-4");
            assessment.getChildren().add(proposed);
            pending.reasons().forEach(r -> {
                Label reason = new Label("• " + r);
                reason.setWrapText(true);
                assessment.getChildren().add(reason);
            });
            Button confirm = new Button(messages.get("board.assess.confirm"));
            confirm.setId("assess-confirm");
            confirm.getStyleClass().add("accent");
            confirm.setOnAction(e -> model.confirmLevel());
            confirm.setDisable(!pending.proposesLevel()); // no warning condition met: a level needs a reason
            ComboBox<WarningLevel> other = new ComboBox<>(model.levels());
            other.setId("assess-level");
            other.setConverter(Choices.named(WarningLevel::label));
            TextField reason = new TextField();
            reason.setId("assess-reason");
            reason.setPromptText(messages.get("field.assessment.reason"));
            HBox.setHgrow(reason, Priority.ALWAYS);
            Button override = new Button(messages.get("board.assess.override"));
            override.setId("assess-override");
            override.setOnAction(e -> model.overrideLevel(other.getValue() == null ? null : other.getValue().id(),
                    reason.getText()));
            HBox row = new HBox(6, confirm, other, reason, override);
            row.setAlignment(Pos.CENTER_LEFT);
            assessment.getChildren().add(row);
        });
        Label history = new Label(messages.get("board.assess.history"));
        history.getStyleClass().add("text-muted");
        assessment.getChildren().add(history);
        for (Assessment a : d.assessments().reversed()) {
            Label line = new Label(model.texts().assessmentHistory(a));
            line.setWrapText(true);
            assessment.getChildren().add(line);
        }
    }
}
