package org.incidentdesk.ui.common;

import javafx.application.Platform;

/** The one place views queue work on the JavaFX thread, so a rule can keep {@code Platform.runLater} here. */
public final class FxThread {
    private FxThread() {
    }

    /**
     * Runs {@code action} on the JavaFX thread after the event being handled has finished, for a view that must
     * not change a control from inside that control's own change listener (a list's selection, for one).
     */
    public static void afterCurrentEvent(Runnable action) {
        Platform.runLater(action);
    }
}
