package org.incidentdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.store.DatabaseUnavailableException;
import org.incidentdesk.ui.common.Fonts;
import org.incidentdesk.ui.shell.StartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link #init()} runs on the launcher thread, so the font, the database and the
 * preferences are opened there, never on the JavaFX thread.
 */
public final class IncidentDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentDeskApp.class);
    private static Path launchDataDir;
    private static Locale launchLocale;

    // Application.launch creates the instance itself, so what it opened is handed back through these.
    private static AppContext context;
    private static WorkstationPreferences preferences;
    private static Workstation workstation;
    private Exception startupFailure;

    /** Runs the window until it closes, then saves the preferences and closes the database on this thread. */
    static void launch(Path dataDir, Locale locale) {
        launchDataDir = dataDir;
        launchLocale = locale;
        try {
            Application.launch(IncidentDeskApp.class);
        } finally {
            shutDown();
        }
    }

    private static void shutDown() {
        try {
            if (workstation != null) {
                workstation.finishBackgroundWork();
            }
            if (preferences != null) {
                preferences.save();
            }
        } catch (RuntimeException e) {
            LOG.warn("preferences not saved at exit", e);
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    @Override
    public void init() {
        try {
            Fonts.loadBundled();
            context = AppContext.openEmbedded(launchDataDir, Clock.systemUTC(), AppEnvironment.OFFICE_ZONE);
            preferences = WorkstationPreferences.load(launchDataDir);
        } catch (RuntimeException e) {
            LOG.error("start-up failed", e);
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            showStartupFailure();
            Platform.exit();
            return;
        }
        workstation = new Workstation(context, preferences);
        Thread.ofPlatform().name("deadline-arming").daemon().start(context::startDeadlineAlarms);
        workstation.show(stage, launchLocale);
    }

    private void showStartupFailure() {
        Messages messages = new Messages(launchLocale == null ? Locale.SIMPLIFIED_CHINESE : launchLocale);
        String text = startupFailure instanceof DatabaseUnavailableException db && db.isLocked()
                ? messages.get("startup.failed.locked", launchDataDir)
                : messages.get("startup.failed.other", launchDataDir, startupFailure.getMessage());
        StartupFailure.show(messages.get("startup.failed.title"), text);
    }
}
