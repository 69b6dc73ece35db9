package org.incidentdesk.ui.warning;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
import org.incidentdesk.ui.common.DialogWindows;

/**
 * The assessment (研判) of one incident as the warning panel opens it: the same {@link AssessmentPane} as the
 * incident's 研判 tab (tick the criteria, confirm or 改定 the level), the expert opinions with a line to add one,
 * and 发布预警… to go on to the issue dialog with the proposal filled in.
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

        VBox content = new AssessmentPane(model).build(true);
        content.getChildren().addAll(title("warningui.opinion.title"), opinions, opinionForm, opinionProblem);
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
        model.setOnDecided(panel::reload);
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
