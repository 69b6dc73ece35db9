package org.incidentdesk.ui.shell;

import javafx.scene.control.Alert;

/** Tells the user why the workstation could not start, before it exits. */
public final class StartupFailure {
    private StartupFailure() {
    }

    public static void show(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
