package org.incidentdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.ui.atrest.DatabaseKeyDialogs;
import org.incidentdesk.ui.common.Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link #init()} runs on the launcher thread, so the font and the preferences are read
 * there, never on the JavaFX thread; the database opens behind the shown window (see {@link Workstation}).
 */
public final class IncidentDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentDeskApp.class);
    private static Path launchDataDir;
    private static Locale launchLocale;
    private static Path launchPlanFile;
    private static DatabaseChoice launchDatabase = DatabaseChoice.SETTINGS;

    // Application.launch creates the instance itself, so what it opened is handed back through these.
    private static WorkstationPreferences preferences;
    private static Workstation workstation;

    /** Runs the window until it closes, then saves the preferences and closes the database on this thread. */
    static void launch(Path dataDir, Locale locale, Path planFile, DatabaseChoice database) {
        launchDataDir = dataDir;
        launchDatabase = database;
        launchLocale = locale;
        launchPlanFile = planFile;
        try {
            Fonts.installRareHanFallback(System.getenv(), System.getProperty("os.name"));
        } catch (RuntimeException e) {
            LOG.warn("rare Han characters may show as boxes: {}", e.getMessage());
        }
        try {
            Application.launch(IncidentDeskApp.class);
        } finally {
            shutDown();
        }
    }

    private static void shutDown() {
        if (workstation == null) {
            return;
        }
        try {
            workstation.finishBackgroundWork();
            preferences.save();
        } catch (RuntimeException e) {
            LOG.warn("preferences not saved at exit", e);
        } finally {
            workstation.openedContext().ifPresent(AppContext::close);
        }
    }

    @Override
    public void init() {
        try {
            Fonts.loadBundled();
        } catch (RuntimeException e) {
            LOG.warn("bundled CJK font not loaded; the system fonts are used", e);
        }
        preferences = WorkstationPreferences.load(launchDataDir);
    }

    @Override
    public void start(Stage stage) {
        // the key is asked before anything opens the database: at first run whether to encrypt, else its key
        DatabaseKeyDialogs keys = new DatabaseKeyDialogs(stage, () -> workstation.messages(), DatabaseKey.MIN_NEW_LENGTH);
        workstation = Workstation.openingBehindSignIn(launchDataDir, Clock.systemUTC(), AppEnvironment.OFFICE_ZONE,
                () -> launchDatabase.isShared(launchDataDir)
                        ? launchDatabase.open(launchDataDir, Clock.systemUTC(), AppEnvironment.OFFICE_ZONE, DatabaseKey.NONE)
                        : KeyedStart.open(launchDataDir, KeyedStart.Questions.of(keys), key -> launchDatabase.open(
                                launchDataDir, Clock.systemUTC(), AppEnvironment.OFFICE_ZONE, key)),
                preferences);
        workstation.importPlanWhenOpen(launchPlanFile);
        workstation.show(stage, launchLocale);
    }
}
