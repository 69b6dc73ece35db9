package org.incidentdesk.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for ViewModel tests: it answers from a script the test writes beforehand and
 * records everything it was asked and shown. A question without a scripted answer fails the test.
 */
public final class RecordingDialogService implements DialogService {
    /** One thing the ViewModel showed or asked, in order. */
    public record Shown(String kind, String title, String text) {
    }

    /** A notice; its action (undo) can be run by the test. */
    public record Notice(String text, String actionLabel, Runnable action) {
    }

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<Shown> shown = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    /** The answer to the next confirm(). */
    public RecordingDialogService answerConfirm(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** The answer to the next askUnsaved(). */
    public RecordingDialogService answerUnsaved(UnsavedAnswer answer) {
        answers.add(answer);
        return this;
    }

    /** The answer to the next prompt() or file chooser; null for Cancel. */
    public RecordingDialogService answer(Object value) {
        answers.add(value == null ? Optional.empty() : Optional.of(value));
        return this;
    }

    private Object next(String kind, String title) {
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected " + kind + ": " + title);
        }
        return answers.removeFirst();
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(new Shown("confirm", title, message));
        return (Boolean) next("confirm", title);
    }

    @Override
    public UnsavedAnswer askUnsaved(String title, String message) {
        shown.add(new Shown("unsaved", title, message));
        return (UnsavedAnswer) next("unsaved question", title);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> prompt(String title, String message, String initialText) {
        shown.add(new Shown("prompt", title, message));
        return (Optional<String>) next("prompt", title);
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        notices.add(new Notice(message, actionLabel, action));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        shown.add(new Shown("open", title, ""));
        return (Optional<Path>) next("file to open", title);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        shown.add(new Shown("save", title, initialName));
        return (Optional<Path>) next("file to save", title);
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public Notice lastNotice() {
        if (notices.isEmpty()) {
            throw new AssertionError("no notice was shown");
        }
        return notices.get(notices.size() - 1);
    }

    /** True when every scripted answer was used. */
    public boolean scriptUsedUp() {
        return answers.isEmpty();
    }
}
