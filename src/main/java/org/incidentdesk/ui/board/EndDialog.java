package org.incidentdesk.ui.board;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogWindows;

/**
 * 结束事件?: asks before an incident ends and offers to lift its warnings in force (each ticked, with the reason
 * for lifting); without warnings in force it only asks.
 */
final class EndDialog {
    private final IncidentDetailViewModel model;
    private final Messages messages;

    EndDialog(IncidentDetailViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    void show(Window owner, EndOffer offer) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("board.end.title"));
        dialog.setHeaderText(messages.get("board.end.question", offer.incident()));
        VBox content = new VBox(6);
        content.setPrefWidth(480);
        List<CheckBox> ticks = new ArrayList<>();
        TextField reason = new TextField(messages.get("board.end.defaultReason"));
        reason.setId("end-reason");
        if (!offer.warnings().isEmpty()) {
            Label intro = new Label(messages.get("board.end.inForce"));
            intro.setWrapText(true);
            content.getChildren().add(intro);
            for (EndOffer.InForce warning : offer.warnings()) {
                CheckBox tick = new CheckBox(warning.text());
                tick.setId("end-lift-" + warning.warningId());
                tick.setSelected(true);
                tick.setWrapText(true);
                tick.setUserData(warning.warningId());
                ticks.add(tick);
                content.getChildren().add(tick);
            }
            content.getChildren().addAll(new Label(messages.get("field.warning.reason")), reason);
        } else {
            Label none = new Label(messages.get("board.end.noWarnings"));
            none.setWrapText(true);
            content.getChildren().add(none);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType end = new ButtonType(messages.get("board.end.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(end, cancel);
        Button endButton = (Button) dialog.getDialogPane().lookupButton(end);
        endButton.setId("end-ok");
        BooleanBinding anyTicked = Bindings.createBooleanBinding(() -> ticks.stream().anyMatch(CheckBox::isSelected),
                ticks.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        // lifting needs its reason, as the warning panel's 解除 does
        endButton.disableProperty().bind(anyTicked.and(Bindings.createBooleanBinding(
                () -> reason.getText().isBlank(), reason.textProperty())));
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setId("end-cancel");
        if (dialog.showAndWait().orElse(cancel) == end) {
            model.ending().end(ticks.stream().filter(CheckBox::isSelected).map(t -> (Long) t.getUserData()).toList(),
                    reason.getText());
        } else {
            model.ending().cancel();
        }
    }
}
