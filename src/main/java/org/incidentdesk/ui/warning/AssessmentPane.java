package org.incidentdesk.ui.warning;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.warning.CriterionCheck;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * The one assessment as a person works it, on the incident's 研判 tab and in the warning panel alike: the
 * proposal with its reasons and the decision (confirm, or 改定 with a level and a reason) first, so they are in
 * reach on a small screen; then the plan's criteria to tick beside the incident's facts; then the earlier
 * assessments. {@code wide}: the checklist and the facts side by side (the dialog), else one above the other.
 */
public final class AssessmentPane {
    private final AssessmentViewModel model;
    private final Messages messages;

    public AssessmentPane(AssessmentViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    public VBox build(boolean wide) {
        ListView<CriterionCheck> checklist = checklist();
        ListView<String> facts = new ListView<>(model.facts());
        facts.setId("assess-facts");
        facts.setPrefSize(340, wide ? 260 : 150);
        Label hint = new Label(messages.get("warningui.check.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox left = new VBox(4, title("warningui.assess.criteria"), hint, checklist);
        VBox right = new VBox(4, title("warningui.assess.facts"), facts);
        VBox.setVgrow(checklist, Priority.ALWAYS);
        VBox.setVgrow(facts, Priority.ALWAYS);
        Pane columns;
        if (wide) {
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox.setHgrow(right, Priority.ALWAYS);
            columns = new HBox(12, left, right);
        } else {
            columns = new VBox(8, left, right);
        }

        ListView<String> history = new ListView<>(model.history());
        history.setId("assess-history");
        history.setPrefHeight(110);
        history.setPlaceholder(new Label(messages.get("board.assess.none")));
        VBox box = new VBox(8, proposal(), raise(), reasons(), noCondition(), decision(), columns,
                new Label(messages.get("board.assess.history")), history);
        box.setId("assessment-pane");
        return box;
    }

    private ListView<CriterionCheck> checklist() {
        ListView<CriterionCheck> checklist = new ListView<>(model.checklist());
        checklist.setId("assess-checklist");
        checklist.setPrefSize(420, 220);
        checklist.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CriterionCheck check, boolean empty) {
                super.updateItem(check, empty);
                getStyleClass().removeAll("check-met", "check-unmet");
                setWrapText(true);
                setPrefWidth(0);
                if (empty || check == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(messages.get(check.met() ? "warningui.check.met" : "warningui.check.unmet",
                        check.levelId(), check.text()));
                if (model.establishable(check)) {
                    CheckBox established = new CheckBox();
                    established.setId("assess-establish-" + check.criterionId());
                    established.setSelected(model.isEstablished(check));
                    established.setTooltip(new Tooltip(messages.get("warningui.check.establish")));
                    established.setOnAction(e -> model.establish(check, established.isSelected()));
                    setGraphic(established);
                } else {
                    setGraphic(check.met() ? Icons.CHECK.node() : null);
                }
                getStyleClass().add(check.met() ? "check-met" : "check-unmet");
            }
        });
        return checklist;
    }

    private Label proposal() {
        Label proposal = new Label();
        proposal.setId("assess-proposal");
        proposal.getStyleClass().add("title-4");
        proposal.setWrapText(true);
        proposal.textProperty().bind(model.proposalProperty());
        return proposal;
    }

    private Label raise() {
        Label raise = new Label();
        raise.setId("assess-raise");
        raise.textProperty().bind(model.raiseProperty());
        raise.visibleProperty().bind(model.raiseProperty().isNotEmpty());
        raise.managedProperty().bind(raise.visibleProperty());
        return raise;
    }

    private Label reasons() {
        Label reasons = new Label();
        reasons.setId("assess-reasons");
        reasons.setWrapText(true);
        reasons.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.reasons()),
                model.reasons()));
        return reasons;
    }

    private Label noCondition() {
        Label noCondition = new Label(messages.get("warningui.assess.noConditionHint"));
        noCondition.setId("assess-no-condition");
        noCondition.setWrapText(true);
        noCondition.getStyleClass().add("text-muted");
        noCondition.visibleProperty().bind(model.noConditionProperty());
        noCondition.managedProperty().bind(noCondition.visibleProperty());
        return noCondition;
    }

    /** 确认该级别, or 改定 to a chosen level with a reason; wraps onto a second line when narrow. */
    private Node decision() {
        Button confirm = new Button(messages.get("board.assess.confirm"));
        confirm.setId("assess-confirm");
        Permissions.needs(confirm, Permission.INCIDENT_ASSESS);
        confirm.getStyleClass().add("accent");
        confirm.disableProperty().bind(model.loadedProperty().not().or(model.noConditionProperty())
                .or(model.settledProperty()));
        confirm.setOnAction(e -> model.confirm());
        ComboBox<org.incidentdesk.domain.plan.WarningLevel> level = new ComboBox<>(model.levels());
        level.setId("assess-level");
        level.setPromptText(messages.get("field.assessment.level"));
        level.setConverter(AssessmentDialog.levelConverter(messages));
        level.valueProperty().bindBidirectional(model.overrideLevelProperty());
        TextField reason = new TextField();
        reason.setId("assess-reason");
        reason.setPromptText(messages.get("field.assessment.reason"));
        reason.setPrefColumnCount(14);
        reason.textProperty().bindBidirectional(model.overrideReasonProperty());
        Button override = new Button(messages.get("board.assess.override"));
        override.setId("assess-override");
        Permissions.needs(override, Permission.INCIDENT_ASSESS);
        override.disableProperty().bind(model.loadedProperty().not());
        override.setOnAction(e -> model.override());
        FlowPane row = new FlowPane(6, 6, confirm, level, reason, override);
        row.setAlignment(Pos.CENTER_LEFT);
        Label settled = new Label(messages.get("board.assess.settled"));
        settled.setId("assess-settled");
        settled.setWrapText(true);
        settled.getStyleClass().add("text-muted");
        settled.visibleProperty().bind(model.settledProperty());
        settled.managedProperty().bind(settled.visibleProperty());
        return new VBox(4, row, settled);
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }
}
