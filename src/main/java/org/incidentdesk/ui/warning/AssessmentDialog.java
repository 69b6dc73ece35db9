package org.incidentdesk.ui.warning;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.ExpertOpinion;
import org.incidentdesk.service.warning.CriterionCheck;
import org.incidentdesk.ui.common.DialogWindows;
import org.incidentdesk.ui.common.Icons;

/**
 * The assessment board (研判) of one incident: the plan's criteria as a checklist beside the incident's facts
 * and metrics, the proposed level with the sensitive-period raise and the reasons, the expert opinions with a
 * line to add one, and 发布预警… to go on to the issue dialog with the proposal filled in.
 */
final class AssessmentDialog {
    private final WarningsViewModel panel;
    private final AssessmentViewModel model;
    private final Window owner;
    private final Messages messages;

    AssessmentDialog(WarningsViewModel panel, AssessmentViewModel model, Window owner) {
        this.panel = panel;
        this.model = model;
        this.owner = owner;
        this.messages = model.messages();
    }

    void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("warningui.assess.title"));
        dialog.setHeaderText(messages.get("warningui.assess.heading", model.incident().toString()));
        dialog.setResizable(true);

        ListView<CriterionCheck> checklist = new ListView<>(model.checklist());
        checklist.setId("assess-checklist");
        checklist.setPrefSize(420, 260);
        checklist.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CriterionCheck check, boolean empty) {
                super.updateItem(check, empty);
                getStyleClass().removeAll("check-met", "check-unmet");
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
                    established.setTooltip(new javafx.scene.control.Tooltip(messages.get("warningui.check.establish")));
                    established.setOnAction(e -> model.establish(check, established.isSelected()));
                    setGraphic(established);
                } else {
                    setGraphic(check.met() ? Icons.CHECK.node() : null);
                }
                getStyleClass().add(check.met() ? "check-met" : "check-unmet");
            }
        });
        ListView<String> facts = new ListView<>(model.facts());
        facts.setId("assess-facts");
        facts.setPrefSize(340, 260);
        Label hint = new Label(messages.get("warningui.check.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox left = new VBox(4, title("warningui.assess.criteria"), hint, checklist);
        VBox right = new VBox(4, title("warningui.assess.facts"), facts);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox.setVgrow(checklist, Priority.ALWAYS);
        VBox.setVgrow(facts, Priority.ALWAYS);
        HBox columns = new HBox(12, left, right);

        Label proposal = new Label();
        proposal.setId("assess-proposal");
        proposal.getStyleClass().add("section-title");
        proposal.textProperty().bind(model.proposalProperty());
        Label raise = new Label();
        raise.setId("assess-raise");
        raise.getStyleClass().add("title-4");
        raise.textProperty().bind(model.raiseProperty());
        raise.visibleProperty().bind(model.raiseProperty().isNotEmpty());
        raise.managedProperty().bind(raise.visibleProperty());
        Label reasons = new Label();
        reasons.setId("assess-reasons");
        reasons.setWrapText(true);
        reasons.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.reasons()),
                model.reasons()));
        Label noCondition = new Label(messages.get("warningui.assess.noConditionHint"));
        noCondition.setId("assess-no-condition");
        noCondition.setWrapText(true);
        noCondition.getStyleClass().add("muted");
        noCondition.visibleProperty().bind(model.noConditionProperty());
        noCondition.managedProperty().bind(noCondition.visibleProperty());

        ListView<ExpertOpinion> opinions = new ListView<>(model.opinions());
        opinions.setId("assess-opinions");
        opinions.setPrefHeight(90);
        opinions.setPlaceholder(new Label(messages.get("warningui.opinion.none")));
        opinions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ExpertOpinion opinion, boolean empty) {
                super.updateItem(opinion, empty);
                setText(empty || opinion == null ? null : model.opinionText(opinion));
            }
        });
        TextField expert = new TextField();
        expert.setId("opinion-expert");
        expert.setPromptText(messages.get("warningui.opinion.expert"));
        expert.textProperty().bindBidirectional(model.expertProperty());
        expert.setPrefColumnCount(8);
        TextField judgement = new TextField();
        judgement.setId("opinion-judgement");
        judgement.setPromptText(messages.get("warningui.opinion.judgement"));
        judgement.textProperty().bindBidirectional(model.judgementProperty());
        HBox.setHgrow(judgement, Priority.ALWAYS);
        ComboBox<WarningLevel> level = new ComboBox<>(model.levels());
        level.setId("opinion-level");
        level.setPromptText(messages.get("warningui.opinion.level"));
        level.setConverter(levelConverter(messages));
        level.valueProperty().bindBidirectional(model.opinionLevelProperty());
        Button add = new Button(messages.get("warningui.opinion.add"));
        add.setId("opinion-add");
        add.setOnAction(e -> model.addOpinion());
        HBox opinionForm = new HBox(6, expert, judgement, level, add);
        Label opinionProblem = new Label();
        opinionProblem.getStyleClass().add("field-error");
        opinionProblem.textProperty().bind(model.opinionProblemProperty());
        opinionProblem.managedProperty().bind(opinionProblem.textProperty().isNotEmpty());

        VBox content = new VBox(8, columns, proposal, raise, reasons, noCondition,
                title("warningui.opinion.title"), opinions, opinionForm, opinionProblem);
        content.setPadding(new Insets(8));
        content.setPrefWidth(820);
        dialog.getDialogPane().setContent(content);
        ButtonType issue = new ButtonType(messages.get("warningui.assess.issue"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("warningui.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(issue, close);
        Button issueButton = (Button) dialog.getDialogPane().lookupButton(issue);
        issueButton.setId("assess-issue");
        issueButton.disableProperty().bind(model.loadedProperty().not());
        issueButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.recordThen(() -> {
                dialog.close();
                new WarningDraftDialog(panel.issueDraft(model), owner, stored -> panel.reload()).show();
            });
        });
        model.load();
        dialog.show();
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    static StringConverter<WarningLevel> levelConverter(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(WarningLevel level) {
                return level == null ? "" : WarningTexts.level(messages, level);
            }

            @Override
            public WarningLevel fromString(String string) {
                throw new UnsupportedOperationException("choices only");
            }
        };
    }
}
