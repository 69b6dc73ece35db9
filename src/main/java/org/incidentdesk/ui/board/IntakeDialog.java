package org.incidentdesk.ui.board;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.DialogWindows;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.security.Secrecy;

/**
 * 接报: the three quick fields on top (title, category, discovered — blank is now), the full facts folded below.
 * The problems the model finds are listed live; 接报 is enabled only without problems.
 */
final class IntakeDialog {
    private final IntakeViewModel model;
    private final Messages messages;
    private final Consumer<Incident> onTaken;

    IntakeDialog(IntakeViewModel model, Messages messages, Consumer<Incident> onTaken) {
        this.model = model;
        this.messages = messages;
        this.onTaken = onTaken;
    }

    void show(Window owner) {
        boolean editing = model.editingProperty().get() != null;
        Dialog<Void> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(editing ? messages.get("board.facts.edit.title", model.editingProperty().get().number())
                : messages.get("board.intake"));
        dialog.setResizable(true);
        GridPane quick = new GridPane();
        quick.setHgap(8);
        quick.setVgap(6);
        TextField title = field("intake-title", model.titleProperty());
        ComboBox<EventCategory> category = new ComboBox<>(model.categories());
        category.setId("intake-category");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setConverter(Choices.named(EventCategory::name));
        TextField discovered = field("intake-discovered", model.discoveredProperty());
        discovered.setPromptText(messages.get("board.intake.nowPrompt"));
        TextField happened = field("intake-happened", model.happenedProperty());
        happened.setPromptText(messages.get("board.intake.timePrompt"));
        quick.addRow(0, new Label(messages.get("field.incident.title")), title);
        quick.addRow(1, new Label(messages.get("field.incident.category")), category);
        quick.addRow(2, new Label(messages.get("field.incident.discoveredAt")), discovered);
        quick.addRow(3, new Label(messages.get("field.incident.happenedAt")), happened);
        ComboBox<Secrecy> secrecy = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Secrecy.values()));
        secrecy.setId("intake-secrecy");
        secrecy.valueProperty().bindBidirectional(model.secrecyProperty());
        secrecy.setConverter(Choices.named(messages::name));
        TextField term = field("intake-secrecy-term", model.secrecyTermProperty());
        term.setPromptText(messages.get("board.secrecy.term"));
        term.disableProperty().bind(model.secrecyProperty().isEqualTo(Secrecy.NONE));
        quick.addRow(4, new Label(messages.get("field.incident.secrecy")), new javafx.scene.layout.HBox(6, secrecy, term));
        title.setPrefColumnCount(32);
        // the deadlines count from the category and the discovery time: corrected facts leave them as they were
        category.setDisable(editing);
        discovered.setDisable(editing);

        GridPane full = new GridPane();
        full.setHgap(8);
        full.setVgap(6);
        int row = 0;
        for (var entry : model.factFields()) {
            TextField f = field("intake-" + entry.getKey().substring("incident.".length()), entry.getValue());
            full.addRow(row++, new Label(messages.get("field." + entry.getKey())), f);
        }
        TitledPane facts = new TitledPane(messages.get("board.intake.full"), new ScrollPane(full));
        facts.setExpanded(editing);
        facts.setId("intake-full");

        Label problems = new Label();
        problems.setId("intake-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", model.problemsProperty().get()), model.problemsProperty()));

        VBox content = new VBox(10, quick, facts, problems);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType take = new ButtonType(messages.get(editing ? "board.facts.edit.save" : "board.intake.take"),
                ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(take, DialogWindows.cancel(messages));
        Button takeButton = (Button) dialog.getDialogPane().lookupButton(take);
        takeButton.setId("intake-take");
        takeButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.problemsProperty().get().isEmpty(), model.problemsProperty()));
        takeButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.submit(taken -> {
                dialog.close();
                onTaken.accept(taken);
            }, refused -> problems.textProperty().unbind());
        });
        dialog.show();
        title.requestFocus();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
