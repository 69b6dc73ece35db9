package org.incidentdesk.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.store.Database;
import org.incidentdesk.ui.alerts.AlertChannels;
import org.incidentdesk.ui.alerts.AlertsHeader;
import org.incidentdesk.ui.alerts.AlertsViewModel;
import org.incidentdesk.ui.account.AccountsViewModel;
import org.incidentdesk.ui.account.AccountsWorkspace;
import org.incidentdesk.ui.audit.AuditViewModel;
import org.incidentdesk.ui.audit.AuditWorkspace;
import org.incidentdesk.ui.board.BoardViewModel;
import org.incidentdesk.ui.board.BoardWorkspace;
import org.incidentdesk.ui.board.DeadlineOverviewViewModel;
import org.incidentdesk.ui.board.HandoverViewModel;
import org.incidentdesk.service.handover.HandoverBriefing;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.board.IncidentDetailViewModel;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.backup.BackupStatusHeader;
import org.incidentdesk.ui.backup.BackupStatusViewModel;
import org.incidentdesk.ui.common.FxTaskRunner;
import org.incidentdesk.ui.common.Theme;
import org.incidentdesk.ui.plan.PlanViewModel;
import org.incidentdesk.ui.plan.PlanWorkspace;
import org.incidentdesk.ui.documents.DocumentsViewModel;
import org.incidentdesk.ui.documents.DocumentsWorkspace;
import org.incidentdesk.ui.review.FollowUpsViewModel;
import org.incidentdesk.ui.review.ReviewDetailViewModel;
import org.incidentdesk.ui.review.ReviewListViewModel;
import org.incidentdesk.ui.review.ReviewTexts;
import org.incidentdesk.ui.review.ReviewViewModel;
import org.incidentdesk.ui.review.ReviewWorkspace;
import org.incidentdesk.ui.review.WrittenViewModel;
import org.incidentdesk.ui.roster.RosterViewModel;
import org.incidentdesk.ui.roster.RosterWorkspace;
import org.incidentdesk.ui.warning.OfficeWarningHeader;
import org.incidentdesk.ui.warning.OfficeWarningViewModel;
import org.incidentdesk.ui.warning.WarningsViewModel;
import org.incidentdesk.ui.warning.WarningsWorkspace;
import org.incidentdesk.ui.shell.MainWindow;
import org.incidentdesk.ui.shell.ShellViewModel;
import org.incidentdesk.ui.shell.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.ui.common.Permissions;

/**
 * Wires the views to the services of an {@link AppContext} and shows the main window on a stage. The window
 * can show before the context exists: it then opens behind the window, and the workspaces appear when it is
 * ready, or the window says why it could not open.
 * It is one piece past 400 lines: the one place that joins every view to its services and the window's start.
 */
public final class Workstation {
    static final String PREF_LANGUAGE = "ui.language";
    static final String PREF_THEME = "ui.theme";
    static final String PREF_ALERT_SOUND = "alerts.sound";

    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);
    private static final long BACKGROUND_GRACE_SECONDS = 15;
    /** Set by the AOT cache's training run (see README, Benchmarks): close once the first workspace has loaded. */
    static final String TRAINING_RUN_PROPERTY = "incidentdesk.trainingRun";

    private final Path dataDir;
    private final Clock clock;
    private final ZoneId zone;
    private final Callable<AppContext> opener;
    private final WorkstationPreferences preferences;
    private final String databaseDescription;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final CommandLineListener commandLine = new CommandLineListener();
    private volatile AppContext context;
    private FxEvents events;
    private FxAlarms alarms;
    private ShellViewModel shell;
    private Stage stage;
    private MainWindow window;
    private Path planToImport;
    private AlertsViewModel alerts;
    private AlertChannels alertChannels;
    /** True for the real program: the office's accounts sign in before the workspaces show (tests opt in). */
    private final boolean signInFirst;
    private SignInGate gate;

    /** A workstation on a context that is already open: the window shows its workspaces at once. */
    public Workstation(AppContext context, WorkstationPreferences preferences) {
        this(context.dataDir(), context.clock(), context.zone(), () -> context, preferences,
                context.databaseDescription(), false);
        this.context = context;
    }

    private Workstation(Path dataDir, Clock clock, ZoneId zone, Callable<AppContext> opener,
            WorkstationPreferences preferences, String databaseDescription, boolean signInFirst) {
        this.databaseDescription = databaseDescription;
        this.signInFirst = signInFirst;
        this.dataDir = dataDir;
        this.clock = clock;
        this.zone = zone;
        this.opener = opener;
        this.preferences = preferences;
    }

    /** A workstation whose window shows first and then runs {@code opener} behind it (off the JavaFX thread). */
    public static Workstation opening(Path dataDir, Clock clock, ZoneId zone, Callable<AppContext> opener,
            WorkstationPreferences preferences) {
        return opening(dataDir, clock, zone, opener, preferences, Database.embeddedDescription(dataDir));
    }

    /** As above, on the database {@code databaseDescription} names (the status bar shows it before it opens). */
    public static Workstation opening(Path dataDir, Clock clock, ZoneId zone, Callable<AppContext> opener,
            WorkstationPreferences preferences, String databaseDescription) {
        return new Workstation(dataDir, clock, zone, opener, preferences, databaseDescription, false);
    }

    /** As {@link #opening}, as the real program starts: the workspaces show once somebody has signed in. */
    public static Workstation openingBehindSignIn(Path dataDir, Clock clock, ZoneId zone, Callable<AppContext> opener,
            WorkstationPreferences preferences, String databaseDescription) {
        return new Workstation(dataDir, clock, zone, opener, preferences, databaseDescription, true);
    }

    /** Builds and shows the main window; {@code locale} null means the saved or default language. */
    public MainWindow show(Stage stage, Locale locale) {
        Locale start = locale != null ? locale
                : "en".equals(preferences.get(PREF_LANGUAGE).orElse("zh")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.stage = stage;
        shell = new ShellViewModel(clock, zone, dataDir.toString(), databaseDescription, start,
                Theme.parse(preferences.get(PREF_THEME).orElse("LIGHT")));
        if (context == null || signInFirst) {
            shell.startupOpening(this::open);
        } else {
            context.forbidDatabaseOn(Platform::isFxApplicationThread);
            tasks.write(() -> listenAndCheckDisk(context), network -> DatabaseStatus.warnOfNetworkDisk(network, window, shell, dataDir),
                    failed -> LOG.warn("listening for the command line failed", failed));
        }
        window = new MainWindow(stage, shell, this::workspaces, tasks);
        if (context != null && !signInFirst) {
            installAlerts(context);
            DatabaseStatus.showConnectionStatus(context, window, shell);
        }
        shell.localeProperty().addListener((obs, old, l) -> remember(PREF_LANGUAGE, l.getLanguage()));
        shell.themeProperty().addListener((obs, old, t) -> remember(PREF_THEME, t.name()));
        stage.setScene(window.scene());
        new Permissions(this::acting).install(window.scene());
        WindowGeometry.restore(stage, preferences, Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        stage.setOnHidden(e -> {
            WindowGeometry.capture(stage, preferences);
            commandLine.stopAccepting();
            if (gate != null) {
                gate.close();
            }
            window.dispose();
            if (alertChannels != null) {
                alertChannels.close();
            }
            tasks.close();
        });
        stage.show();
        if (context == null || signInFirst) {
            open();
        }
        return window;
    }

    /** Whoever acts in the window now: what the shown and hidden controls follow. */
    private Principal acting() {
        AppContext opened = context;
        return opened == null ? Principal.workstation(new Actor("workstation")) : opened.actors().principal();
    }

    private void open() {
        shell.startupOpening(this::open);
        tasks.write(() -> {
            AppContext opened = opener.call();
            opened.forbidDatabaseOn(Platform::isFxApplicationThread);
            opened.startDeadlineAlarms();
            opened.startBackupSchedule();
            opened.followOtherWorkstations();
            context = opened;
            return listenAndCheckDisk(opened);
        }, networkDisk -> {
            if (!stage.isShowing()) {
                return;
            }
            AppContext opened = context;
            DatabaseStatus.warnOfNetworkDisk(networkDisk, window, shell, dataDir);
            LOG.info("workstation ready {} ms after the JVM started", ManagementFactory.getRuntimeMXBean().getUptime());
            installAlerts(opened);
            DatabaseStatus.sayWhenDatabaseStops(opened, window, shell, dataDir);
            DatabaseStatus.showConnectionStatus(opened, window, shell);
            opened.prepareLayoutFonts();
            if (Boolean.getBoolean(TRAINING_RUN_PROPERTY) || !signInFirst) {
                ready();
            } else {
                gate = new SignInGate(opened, window, shell, tasks, preferences);
                gate.open(this::ready);
            }
        }, failure -> {
            LOG.error("opening the data directory {} failed", dataDir, failure);
            StartupProblem problem = StartupProblem.of(failure, dataDir);
            shell.startupFailed(problem.messageKey(), problem.args());
        });
    }

    /** Once the data is open: listens for the command line; the data directory's network file system type, if any. */
    private Optional<String> listenAndCheckDisk(AppContext opened) {
        commandLine.listen(opened, CommandLineListener.bringingToFront(stage, this::importPlan));
        return DatabaseStatus.networkDisk(dataDir);
    }

    /** The workspaces show (after the sign-in, where there is one). */
    private void ready() {
        shell.startupReady();
        if (planToImport != null) {
            importPlan(planToImport);
        }
        if (Boolean.getBoolean(TRAINING_RUN_PROPERTY)) {
            closeWhenIdle();
        }
    }

    private void closeWhenIdle() {
        if (!tasks.busyProperty().get()) { // the first workspace may have loaded before this was asked
            stage.close();
            return;
        }
        tasks.busyProperty().addListener((obs, wasBusy, busy) -> {
            if (!busy) {
                stage.close();
            }
        });
    }

    private void bridgeToFxThread() {
        if (events == null) {
            events = FxEvents.onFxThread(context.events());
            alarms = FxAlarms.onFxThread(context.scheduler());
            showOfficeWarning();
        }
    }

    /**
     * The alert list (app-lifetime, in every workspace's header), its notification, tone and window attention;
     * once, when the context is open.
     */
    private void installAlerts(AppContext opened) {
        if (alerts != null) {
            return;
        }
        bridgeToFxThread();
        alerts = new AlertsViewModel(opened.alertList(), opened.deadlines(), opened.callList(), opened.notifications(),
                tasks, events, alarms, opened.clock(), opened.zone());
        alerts.soundOnProperty().set(!"off".equals(preferences.get(PREF_ALERT_SOUND).orElse("on")));
        alerts.soundOnProperty().addListener((obs, old, on) -> remember(PREF_ALERT_SOUND, on ? "on" : "off"));
        alerts.openIncidentsWith(this::showIncident);
        alerts.openReviewsWith(this::showReview);
        alertChannels = new AlertChannels(stage, window.notifications(), alerts, shell::messages);
        window.addHeaderItem(new AlertsHeader(alerts));
        shell.appViewModels().add(alerts);
        showBackupStatus(opened);
    }

    /** The last backup's time in the header, red once it is older than the schedule. */
    private void showBackupStatus(AppContext opened) {
        BackupStatusViewModel backup = new BackupStatusViewModel(opened.backups(), tasks, alarms, opened.clock(),
                opened.zone());
        window.addHeaderItem((messages, dialogs, sidePanel, scene) -> BackupStatusHeader.label(backup, messages));
        shell.appViewModels().add(backup);
    }

    /** Once the data is open, the plan workspace imports {@code planFile} (opened from the file manager). */
    void importPlanWhenOpen(Path planFile) {
        planToImport = planFile;
    }

    private void importPlan(Path planFile) {
        shown(PlanWorkspace.ID, PlanWorkspace.class).ifPresent(plans -> plans.viewModel().importFrom(planFile));
    }

    /** Shows the incident on the board (from the alert list). */
    private void showIncident(long incidentId) {
        shown(BoardWorkspace.ID, BoardWorkspace.class)
                .ifPresent(board -> board.viewModel().selectedIdProperty().set(incidentId));
    }

    /** Opens the review of the incident (from the board's 总结评估…). */
    private void showReview(long incidentId) {
        shown(ReviewWorkspace.ID, ReviewWorkspace.class).ifPresent(review -> review.viewModel().open(incidentId));
    }

    /** The review report of the incident in the 文书 workspace: preview, marks, export and print are there. */
    private void printReview(long incidentId) {
        shown(DocumentsWorkspace.ID, DocumentsWorkspace.class).ifPresent(documents -> {
            documents.viewModel().selectedProperty().set(FormKind.REVIEW_REPORT);
            documents.viewModel().openIncident(incidentId);
        });
    }

    private ReviewViewModel review(Messages messages, DialogService dialogs) {
        ReviewTexts texts = new ReviewTexts(messages, context.zone());
        Failures failures = new Failures(messages, dialogs, "reviewui.stale", context.zone());
        ReviewListViewModel list = new ReviewListViewModel(context.reviewList(), context.plans()::templates, tasks,
                failures, texts);
        ReviewDetailViewModel detail = new ReviewDetailViewModel(context.reviews(), tasks, failures, texts);
        WrittenViewModel written = new WrittenViewModel(context.reviewWritten(), tasks, failures);
        written.openPlansWith(proposal -> showPlanProposal(proposal.planId(), proposal.id()));
        FollowUpsViewModel followUps = new FollowUpsViewModel(context.reviewWritten(), context.incidents(), tasks,
                failures, texts, context.clock());
        ReviewViewModel review = new ReviewViewModel(list, detail, written, followUps, events);
        review.printWith(this::printReview);
        return review;
    }

    /**
     * Shows office plan {@code planId} in the plan workspace as the draft of its next version carrying the
     * revision proposal {@code proposalId} (the review workspace's "propose a plan change" opens it).
     */
    void showPlanProposal(long planId, long proposalId) {
        shown(PlanWorkspace.ID, PlanWorkspace.class)
                .ifPresent(plans -> plans.viewModel().showProposal(planId, proposalId));
    }

    /** Brings the workspace to the front and returns it; empty when it could not be shown. */
    private <W extends Workspace> Optional<W> shown(String id, Class<W> type) {
        if (!window.showWorkspace(id)) {
            return Optional.empty();
        }
        return window.workspaces().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private List<Workspace> workspaces(Messages messages, DialogService dialogs) {
        bridgeToFxThread();
        List<Workspace> workspaces = new ArrayList<>();
        workspaces.add(new RosterWorkspace(new RosterViewModel(context.roster(), context.rosterImport(),
                context.rosterExport(), tasks, dialogs.forWorkspace(RosterWorkspace.ID), messages,
                context.clock(), context.zone(), events, alarms)));
        PlanViewModel plans = new PlanViewModel(context.plans(), context.roster(), context.assessor(),
                tasks, dialogs.forWorkspace(PlanWorkspace.ID), messages, events, context.clock(), context.zone(),
                context.reviewWritten().revisions());
        plans.proposals().openReviewsWith(this::showReview);
        workspaces.add(new PlanWorkspace(plans));
        DialogService boardDialogs = dialogs.forWorkspace(BoardWorkspace.ID);
        IncidentDetailViewModel detail = new IncidentDetailViewModel(context.incidents(), context.warnings(), context.evidence(),
                context.metricsImport(),
                context.roster(), tasks, boardDialogs, messages, context.clock(), context.zone());
        BoardViewModel board = new BoardViewModel(context.incidents(), detail, tasks, boardDialogs, messages,
                events, alarms, context.clock(), context.zone());
        Failures boardFailures = new Failures(messages, boardDialogs, "board.stale");
        HandoverViewModel handover = new HandoverViewModel(context.incidents(), new HandoverBriefing(
                context.incidents(), context.warnings(), context.deadlines(), context.roster(), context.clock()),
                tasks, boardFailures, messages, context.zone(), () -> board.handoverProperty().get(), board::reload);
        if (gate != null) {
            handover.confirmBySignIn(context.accounts(), gate::signedInElsewhere);
        }
        workspaces.add(new BoardWorkspace(board, new DeadlineOverviewViewModel(context.deadlineOverview(), tasks,
                boardFailures, messages, context.clock(), context.zone()), handover));
        DialogService documentDialogs = dialogs.forWorkspace(DocumentsWorkspace.ID);
        DocumentsViewModel documents = new DocumentsViewModel(context.documents(), context.reprints(),
                context.incidents(), tasks, documentDialogs, messages, context.zone(), Platform::runLater);
        documents.followBoardSelection(board.selectedIdProperty()::get);
        workspaces.add(new DocumentsWorkspace(documents, documentDialogs));
        workspaces.add(new WarningsWorkspace(new WarningsViewModel(context.warnings(), context.incidents(),
                context.plans(), context.documents(), tasks, dialogs.forWorkspace(WarningsWorkspace.ID), messages, events,
                alarms, context.clock(), context.zone(), id -> board.selectedIdProperty().set(id))));
        workspaces.add(new ReviewWorkspace(review(messages, dialogs.forWorkspace(ReviewWorkspace.ID))));
        detail.openReviewsWith(this::showReview);
        workspaces.add(new AuditWorkspace(new AuditViewModel(context.audit(), tasks,
                dialogs.forWorkspace(AuditWorkspace.ID), messages, context.zone())));
        workspaces.add(new AccountsWorkspace(new AccountsViewModel(context.accounts(), context.roster(), tasks,
                dialogs.forWorkspace(AccountsWorkspace.ID), messages, context.clock(), context.zone())));
        return workspaces;
    }

    /** The office's warning level in the header and the sensitive-period banner, on every workspace. */
    private void showOfficeWarning() {
        OfficeWarningViewModel office = new OfficeWarningViewModel(context.warnings(), tasks, events, alarms,
                context.clock(), context.zone());
        shell.appViewModels().showInHeader(messages -> OfficeWarningHeader.badge(office, messages));
        shell.appViewModels().showUnderHeader(messages -> OfficeWarningHeader.banner(office, messages));
        shell.appViewModels().add(office);
    }

    /** The window's messages, in the language it shows (the start-up key dialogs speak it too). */
    Messages messages() {
        return shell.messages();
    }

    /** The context once it has opened; the caller that started the workstation closes it. */
    Optional<AppContext> openedContext() {
        return Optional.ofNullable(context);
    }

    /** After the window has closed: lets a save or import clicked just before closing (or the opening) finish. */
    void finishBackgroundWork() {
        stopListening();
        try {
            if (!tasks.awaitIdle(BACKGROUND_GRACE_SECONDS)) {
                LOG.warn("background work still running after {} s at exit", BACKGROUND_GRACE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops listening for the command line once its running commands have finished; before the context closes. */
    public void stopListening() {
        commandLine.close(java.time.Duration.ofSeconds(BACKGROUND_GRACE_SECONDS));
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
