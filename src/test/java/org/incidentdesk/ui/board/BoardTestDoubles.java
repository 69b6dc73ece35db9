package org.incidentdesk.ui.board;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.TaskRunner;

/** Test doubles for ViewModel tests without the toolkit: work runs at once on the caller; dialogs are recorded. */
public final class BoardTestDoubles {
    private BoardTestDoubles() {
    }

    public static final class SameThreadTasks implements TaskRunner {
        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }
    }

    public static final class RecordingDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        Path fileToOpen;

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return true;
        }

        @Override
        public Optional<String> prompt(String title, String message, String initialText) {
            return Optional.empty();
        }

        @Override
        public void notify(String message, String actionLabel, Runnable action) {
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
            return Optional.ofNullable(fileToOpen);
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
            return Optional.empty();
        }
    }
}
