package org.incidentdesk.ui.atrest;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The encryption step of first run: a key typed twice, and why it will not do yet (too short, the two differ) as a
 * message key, so "encrypt" is offered only for a key that will do. The length rule is the store's
 * ({@code DatabaseKey.MIN_NEW_LENGTH}, handed in: the ui does not reach the store).
 */
public final class FirstRunEncryptionViewModel {
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final int minLength;
    private final StringBinding problem;
    private final BooleanBinding canEncrypt;

    public FirstRunEncryptionViewModel(int minLength) {
        this.minLength = minLength;
        this.problem = Bindings.createStringBinding(this::currentProblem, key, again);
        this.canEncrypt = Bindings.createBooleanBinding(() -> currentProblem().isEmpty(), key, again);
    }

    private String currentProblem() {
        String k = key.get() == null ? "" : key.get();
        if (k.isBlank() || k.codePointCount(0, k.length()) < minLength) {
            return "dbkey.firstRun.tooShort";
        }
        if (!k.equals(again.get())) {
            return "dbkey.firstRun.mismatch";
        }
        return "";
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty againProperty() {
        return again;
    }

    /** The message key of what is wrong with the key so far ("" when it will do). */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canEncryptProperty() {
        return canEncrypt;
    }

    public int minLength() {
        return minLength;
    }

    /** The chosen key; the fields are emptied, so the key does not linger in the dialog. */
    public char[] takeKey() {
        char[] chosen = key.get().toCharArray();
        key.set("");
        again.set("");
        return chosen;
    }
}
