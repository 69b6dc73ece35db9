package org.incidentdesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Messages messages;
    private final Function<String, NoticeBar> noticesOf;
    private final NoticeBar notices;

    /** {@code noticesOf} gives the notice bar of a workspace id ({@code null} for the window itself). */
    public FxDialogService(Window owner, Messages messages, Function<String, NoticeBar> noticesOf) {
        this(owner, messages, noticesOf, null);
    }

    private FxDialogService(Window owner, Messages messages, Function<String, NoticeBar> noticesOf, String workspaceId) {
        this.owner = owner;
        this.messages = messages;
        this.noticesOf = noticesOf;
        this.notices = noticesOf.apply(workspaceId);
    }

    @Override
    public DialogService forWorkspace(String workspaceId) {
        return new FxDialogService(owner, messages, noticesOf, workspaceId);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        makeCancelTheDefault(alert.getDialogPane(), yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public UnsavedAnswer askUnsaved(String title, String message) {
        return askUnsaved(owner, messages, title, message, messages.get("common.unsaved.discard"),
                messages.get("common.unsaved.keep"));
    }

    /** The save / discard / keep-editing question; keeping is the default and discarding is marked. */
    static UnsavedAnswer askUnsaved(Window owner, Messages messages, String title, String message,
                                    String discardLabel, String keepLabel) {
        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(discardLabel, ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(keepLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(owner, messages, Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(save, discard, keep);
        DialogPane pane = alert.getDialogPane();
        pane.lookupButton(save).setId("discard-save");
        pane.lookupButton(discard).setId("discard-drop");
        pane.lookupButton(keep).setId("discard-keep");
        makeCancelTheDefault(pane, discard, keep);
        ((Button) pane.lookupButton(save)).setDefaultButton(false);
        ButtonType answer = alert.showAndWait().orElse(keep);
        return answer == save ? UnsavedAnswer.SAVE : answer == discard ? UnsavedAnswer.DISCARD : UnsavedAnswer.KEEP_EDITING;
    }

    @Override
    public Optional<String> prompt(String title, String message, String initialText) {
        TextInputDialog dialog = new TextInputDialog(initialText);
        DialogWindows.prepare(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.getEditor().setId("prompt-text");
        dialog.getEditor().setPrefColumnCount(32);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("common.ok"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL))
                .setText(messages.get("common.cancel"));
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        notices.show(message, actionLabel, action);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        return chooser;
    }

    /**
     * Every confirmation here guards something that cannot simply be taken back (a delete, dropping edits,
     * switching on a response duty): Enter must not do it, so Cancel is the default and the action is marked.
     */
    static void makeCancelTheDefault(DialogPane pane, ButtonType action, ButtonType cancel) {
        Button actionButton = (Button) pane.lookupButton(action);
        actionButton.setDefaultButton(false);
        actionButton.getStyleClass().add(Styles.DANGER);
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.setDefaultButton(true);
        cancelButton.setCancelButton(true);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        return alert(owner, messages, type, title, message);
    }

    private static Alert alert(Window owner, Messages messages, Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE));
        DialogWindows.prepare(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
