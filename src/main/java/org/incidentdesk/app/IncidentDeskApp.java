package org.incidentdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the composition root off the FX thread, then shows the main window. */
public final class IncidentDeskApp extends Application {
    private static Path launchDataDir;
    private static Locale launchLocale;

    static void launch(Path dataDir, Locale locale) {
        launchDataDir = dataDir;
        launchLocale = locale;
        Application.launch(IncidentDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("IncidentDesk");
        stage.show();
    }
}
