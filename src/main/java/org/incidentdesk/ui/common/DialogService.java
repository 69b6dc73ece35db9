package org.incidentdesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** How ViewModels talk to the user: they never open an Alert or FileChooser themselves. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message, String confirmLabel);

    /** What the user wants done with edits not stored yet before the screen moves on. */
    enum UnsavedAnswer { SAVE, DISCARD, KEEP_EDITING }

    /**
     * Asks whether to save or discard unsaved edits, or to stay and keep editing. Keeping the edits is the
     * default (Enter, Esc, closing the dialog); discarding is never.
     */
    UnsavedAnswer askUnsaved(String title, String message);

    /** Asks for one line of text; empty when the user cancels. */
    Optional<String> prompt(String title, String message, String initialText);

    /** A short notice in the status bar; when {@code actionLabel} is set, a button runs {@code action}. */
    void notify(String message, String actionLabel, Runnable action);

    /**
     * The same dialogs for one workspace: its notices are shown only while that workspace is, so a notice
     * raised in the roster never appears over the plans.
     */
    default DialogService forWorkspace(String workspaceId) {
        return this;
    }

    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types);

    record FileType(String description, List<String> patterns) {
    }
}
