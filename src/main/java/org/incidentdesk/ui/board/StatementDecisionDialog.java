package org.incidentdesk.ui.board;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementReview;

/**
 * A leader's decision on a submitted statement version: its text (read-only), a comment, and 审批同意 or 退回修改.
 * A return needs the comment; the dialog keeps 退回 disabled until one is written, the service refuses it too.
 */
final class StatementDecisionDialog {
    /** What the leader decided, with the comment (blank: none). */
    record Decision(StatementReview.Decision decision, String comment) {
    }

    private final Messages messages;

    StatementDecisionDialog(Messages messages) {
        this.messages = messages;
    }

    Optional<Decision> ask(Window owner, Statement statement) {
        Dialog<Decision> dialog = new Dialog<>();
        org.incidentdesk.ui.common.DialogWindows.prepare(dialog, owner);
        dialog.setTitle(messages.get("board.statement.decideTitle", statement.revision()));
        TextArea text = new TextArea(statement.text());
        text.setId("decision-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPrefColumnCount(40);
        TextArea comment = new TextArea();
        comment.setId("decision-comment");
        comment.setWrapText(true);
        comment.setPrefRowCount(3);
        comment.setPromptText(messages.get("board.statement.commentPrompt"));
        VBox content = new VBox(6, text, new Label(messages.get("board.statement.commentPrompt")), comment);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType approve = new ButtonType(messages.get("board.statement.approve"), ButtonBar.ButtonData.OK_DONE);
        ButtonType giveBack = new ButtonType(messages.get("board.statement.return"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(approve, giveBack, cancel);
        ((Button) dialog.getDialogPane().lookupButton(approve)).setId("decision-approve");
        Button giveBackButton = (Button) dialog.getDialogPane().lookupButton(giveBack);
        giveBackButton.setId("decision-return");
        giveBackButton.disableProperty().bind(comment.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == approve
                ? new Decision(StatementReview.Decision.APPROVED, comment.getText())
                : button == giveBack ? new Decision(StatementReview.Decision.RETURNED, comment.getText()) : null);
        comment.requestFocus();
        return dialog.showAndWait();
    }
}
