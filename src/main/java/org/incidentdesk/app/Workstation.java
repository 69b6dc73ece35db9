package org.incidentdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.incidentdesk.ui.board.BoardViewModel;
import org.incidentdesk.ui.board.BoardWorkspace;
import org.incidentdesk.ui.board.IncidentDetailViewModel;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.FxTaskRunner;
import org.incidentdesk.ui.common.Theme;
import org.incidentdesk.ui.plan.PlanViewModel;
import org.incidentdesk.ui.plan.PlanWorkspace;
import org.incidentdesk.ui.roster.RosterViewModel;
import org.incidentdesk.ui.roster.RosterWorkspace;
import org.incidentdesk.ui.shell.MainWindow;
import org.incidentdesk.ui.shell.ShellViewModel;
import org.incidentdesk.ui.shell.Workspace;

/** Wires the views to the services of an {@link AppContext} and shows the main window on a stage. */
public final class Workstation {
    static final String PREF_LANGUAGE = "ui.language";
    static final String PREF_THEME = "ui.theme";

    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);
    private static final long BACKGROUND_GRACE_SECONDS = 15;

    private final AppContext context;
    private final WorkstationPreferences preferences;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private MainWindow window;

    public Workstation(AppContext context, WorkstationPreferences preferences) {
        this.context = context;
        this.preferences = preferences;
    }

    /** Builds and shows the main window; {@code locale} null means the saved or default language. */
    public MainWindow show(Stage stage, Locale locale) {
        context.forbidDatabaseOn(Platform::isFxApplicationThread);
        Locale start = locale != null ? locale
                : "en".equals(preferences.get(PREF_LANGUAGE).orElse("zh")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ShellViewModel shell = new ShellViewModel(context.clock(), context.zone(), context.dataDir().toString(),
                context.databaseDescription(), start, Theme.parse(preferences.get(PREF_THEME).orElse("LIGHT")));
        FxEvents events = FxEvents.onFxThread(context.events());
        FxAlarms alarms = FxAlarms.onFxThread(context.scheduler());
        window = new MainWindow(stage, shell, (messages, dialogs) -> {
            List<Workspace> workspaces = new ArrayList<>();
            workspaces.add(new RosterWorkspace(new RosterViewModel(context.roster(), context.rosterImport(),
                    context.rosterExport(), tasks, dialogs, messages,
                    context.clock(), context.zone(), events, alarms)));
            workspaces.add(new PlanWorkspace(new PlanViewModel(context.plans(), context.roster(), context.assessor(),
                    tasks, dialogs, messages, events, context.clock(), context.zone())));
            IncidentDetailViewModel detail = new IncidentDetailViewModel(context.incidents(), context.evidence(),
                    context.roster(), tasks, dialogs, messages, context.clock(), context.zone());
            workspaces.add(new BoardWorkspace(new BoardViewModel(context.incidents(), detail, tasks, dialogs, messages,
                    events, context.clock(), context.zone())));
            return workspaces;
        }, tasks);
        shell.localeProperty().addListener((obs, old, l) -> remember(PREF_LANGUAGE, l.getLanguage()));
        shell.themeProperty().addListener((obs, old, t) -> remember(PREF_THEME, t.name()));
        stage.setScene(window.scene());
        WindowGeometry.restore(stage, preferences, Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        stage.setOnHidden(e -> {
            WindowGeometry.capture(stage, preferences);
            window.dispose();
            tasks.close();
        });
        stage.show();
        return window;
    }

    /** After the window has closed: lets a save or import clicked just before closing finish. */
    void finishBackgroundWork() {
        try {
            if (!tasks.awaitIdle(BACKGROUND_GRACE_SECONDS)) {
                LOG.warn("background work still running after {} s at exit", BACKGROUND_GRACE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Completes when the background work asked for so far has run and delivered (tests wait on it). */
    public CompletableFuture<Void> backgroundWorkDone() {
        return tasks.drained();
    }

    private void remember(String key, String value) {
        preferences.put(key, value);
        tasks.write(() -> {
            preferences.save();
            return null;
        }, done -> { }, failed -> LOG.warn("preferences not saved", failed));
    }

}
