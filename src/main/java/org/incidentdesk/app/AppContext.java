package org.incidentdesk.app;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.escalation.AlertListService;
import org.incidentdesk.service.escalation.CallListService;
import org.incidentdesk.service.escalation.DeadlineAlarms;
import org.incidentdesk.service.review.FollowUpAlarms;
import org.incidentdesk.service.review.ReviewWrittenServices;
import org.incidentdesk.service.escalation.DeadlineOverview;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.escalation.NotificationDispatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.service.account.AccountService;
import org.incidentdesk.service.account.CurrentSession;
import org.incidentdesk.service.security.RefusalAudit;
import org.incidentdesk.service.account.PasswordHasher;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.service.audit.AuditService;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.PrivateFiles;
import org.incidentdesk.service.common.ChangeFeedFollower;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.ThisWorkstation;
import org.incidentdesk.service.common.Scheduler;
import org.incidentdesk.service.common.SystemScheduler;
import org.incidentdesk.service.incident.EvidenceService;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.incident.MetricsImportService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.documents.BoardFormData;
import org.incidentdesk.service.documents.DocumentReprints;
import org.incidentdesk.service.documents.OfficePlanDocuments;
import org.incidentdesk.service.documents.DocumentService;
import org.incidentdesk.service.documents.ReviewFormData;
import org.incidentdesk.service.documents.ReviewReports;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.service.review.ReviewListService;
import org.incidentdesk.service.review.ReviewService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.roster.io.RosterExportService;
import org.incidentdesk.service.roster.io.RosterImportService;
import org.incidentdesk.cli.VersionInfo;
import org.incidentdesk.service.backup.BackupService;
import org.incidentdesk.service.backup.BackupSettings;
import org.incidentdesk.service.backup.RestoreService;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.store.DatabaseVendor;
import org.incidentdesk.store.ServerAddress;
import java.util.function.Function;
import org.incidentdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the database, the services and the clock, and hands them on by constructor.
 * Nothing else in the program creates services or reaches for globals. It is one piece although over 400 lines:
 * it is the one place that wires every service, and splitting it would only spread that wiring.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Path dataDir;
    private final Database database;
    private final Clock clock;
    private final ZoneId zone;
    private final EventBus events;
    private final Scheduler scheduler;
    private final CurrentSession actors;
    private final AccountService accounts;
    private final Store store;
    private final RosterService roster;
    private final RosterImportService rosterImport;
    private final RosterExportService rosterExport;
    private final PlanService plans;
    private final DocumentService documents;
    private final ReviewReports reviewReports;
    private final DocumentReprints reprints;
    private final LevelAssessor assessor = new LevelAssessor();
    private final IncidentService incidents;
    private final EvidenceService evidence;
    private final MetricsImportService metricsImport;
    private final DeadlineService deadlines;
    private final WarningService warnings;
    private final DeadlineAlarms deadlineAlarms;
    private final ReviewWrittenServices reviewWritten;
    private final FollowUpAlarms followUpAlarms;
    private final ExecutorService alertLane;
    private final AlertListService alertList;
    private final CallListService callList;
    private final DeadlineOverview deadlineOverview;
    private final ReviewService reviews;
    private final ReviewListService reviewList;
    private final NotificationDispatcher dispatcher;
    private final AuditService audit;
    private final BackupService backups;
    private final ChangeFeedFollower changeFeed;

    private AppContext(Path dataDir, Database database, Scheduler scheduler, ZoneId zone, ActorSource withoutSignIn,
            BackupSettings backupSettings, PasswordHasher passwords, WorkstationId origin) {
        this.dataDir = dataDir;
        this.database = database;
        this.scheduler = scheduler;
        this.clock = scheduler.clock();
        this.zone = zone;
        // every service asks this one source who acts: the signed-in account, or the workstation before sign-in
        this.actors = new CurrentSession(withoutSignIn);
        this.events = new EventBus(origin);
        this.store = new Store(database, events::publish, clock);
        actors.auditRefusalsTo(new RefusalAudit(store, clock));
        this.roster = new RosterService(store, clock, actors, events);
        this.rosterImport = new RosterImportService(store, clock, actors, events);
        this.rosterExport = new RosterExportService(store, actors);
        this.plans = new PlanService(store, clock, actors, events);
        this.incidents = new IncidentService(store, clock, actors, events, plans, assessor, zone);
        this.warnings = new WarningService(store, clock, actors, events, plans, incidents, assessor, zone);
        this.deadlines = new DeadlineService(store, clock, actors, events, plans, zone, AlertPolicy.DEFAULT);
        this.reviews = new ReviewService(store, clock, actors, events, deadlines::planOf);
        this.reviewWritten = new ReviewWrittenServices(store, clock, actors, events, plans, zone);
        this.documents = new DocumentService(store, clock, zone, actors,
                new DocumentComposer(new FontLibrary(FontLibrary.systemFontDirectories())),
                new BoardFormData(incidents, warnings,
                        new ReviewFormData(reviews::detail, reviewWritten::written, clock, zone), clock, zone),
                new OfficePlanDocuments(plans),
                deadlines::actDone, events);
        this.reprints = new DocumentReprints(store, clock, actors);
        this.reviewReports = new ReviewReports(documents);
        this.evidence = new EvidenceService(store, clock, actors, events, dataDir);
        this.metricsImport = new MetricsImportService(incidents, clock, zone);
        this.deadlines.followIncidents();
        this.dispatcher = new NotificationDispatcher(List.of(), scheduler, events);
        this.alertList = new AlertListService(store, deadlines);
        this.callList = new CallListService(store, clock, actors, events, deadlines, roster);
        this.deadlineOverview = new DeadlineOverview(store, clock, deadlines);
        this.reviewList = new ReviewListService(store, clock, zone, actors, deadlines::planOf);
        this.deadlines.sendAlertsTo(dispatcher::dispatch);
        // a write that never returns (a damaged file) must not swallow the alert it was recording
        database.watchdog().onOverdue(overdue -> deadlines.showAlertsNotYetWritten());
        // a drill's throw-away office leaves no checkpoint log behind in the user's configuration
        this.audit = new AuditService(store, clock, actors, evidence,
                scheduler instanceof SimulatedScheduler ? null : CheckpointLocation.forDataDir(dataDir),
                "audit checkpoints of " + database.description());
        events.subscribe(DomainEvent.class, committed -> audit.afterCommit());
        this.accounts = new AccountService(store, clock, zone, this.actors, passwords,
                () -> checkpointQuietly("sign-out"));
        // a drill's simulated time runs alerts on its own thread, in order; real time hands them to one lane
        this.alertLane = scheduler instanceof SimulatedScheduler ? null
                : Executors.newSingleThreadExecutor(Thread.ofPlatform().name("deadline-alerts").daemon().factory());
        this.deadlineAlarms = new DeadlineAlarms(deadlines, scheduler, events,
                alertLane == null ? Runnable::run : alertLane);
        this.reviewWritten.due().followIncidents();
        this.alertList.listFollowUpsFrom(reviewWritten.alerts()::current);
        this.followUpAlarms = new FollowUpAlarms(reviewWritten.alerts(), scheduler, events,
                alertLane == null ? Runnable::run : alertLane);
        this.backups = new BackupService(database, clock, backupSettings, VersionInfo.version(), actors);
        this.changeFeed = new ChangeFeedFollower(store, database.link(), events);
    }

    /**
     * Opens the embedded database in {@code dataDir}; an office nothing was ever written to gets the demo
     * office and its plan, in one transaction. When anything fails after the database is open, the database is
     * closed again, so the file is not left locked, and the failure propagates.
     */
    public static AppContext openEmbedded(Path dataDir, Clock clock, ZoneId zone) {
        return openEmbedded(dataDir, zone, new SystemScheduler(clock));
    }

    /**
     * As {@link #openEmbedded(Path, Clock, ZoneId)}, on the time of {@code scheduler}: tests and drills pass a
     * {@link org.incidentdesk.service.common.SimulatedScheduler}. The context owns the scheduler and closes it.
     */
    public static AppContext openEmbedded(Path dataDir, ZoneId zone, Scheduler scheduler) {
        return openEmbedded(dataDir, zone, scheduler, ActorSource.operatingSystemUser());
    }

    /**
     * As {@link #openEmbedded(Path, ZoneId, Scheduler)}, with changes made by whom {@code actors} names: a test
     * plays the next person on duty taking over the same workstation.
     */
    public static AppContext openEmbedded(Path dataDir, ZoneId zone, Scheduler scheduler, ActorSource actors) {
        return openEmbedded(dataDir, zone, scheduler, actors, DatabaseKey.NONE);
    }

    /** As {@link #openEmbedded(Path, Clock, ZoneId)}, on a database encrypted with {@code key}. */
    public static AppContext openEmbedded(Path dataDir, Clock clock, ZoneId zone, DatabaseKey key) {
        return openEmbedded(dataDir, zone, new SystemScheduler(clock), ActorSource.operatingSystemUser(), key);
    }

    /**
     * As {@link #openEmbedded(Path, ZoneId, Scheduler, ActorSource)}, on the database encrypted with {@code key}
     * ({@link DatabaseKey#NONE}: a plain one); a new database is created encrypted when a key is given.
     */
    public static AppContext openEmbedded(Path dataDir, ZoneId zone, Scheduler scheduler, ActorSource actors,
            DatabaseKey key) {
        return openEmbedded(dataDir, zone, scheduler, actors, new PasswordHasher(), key);
    }

    /**
     * As {@link #openEmbedded(Path, ZoneId, Scheduler, ActorSource)}, hashing passwords with {@code passwords}:
     * tests of sign-in pass a hasher of fewer rounds, which only saves time.
     */
    public static AppContext openEmbedded(Path dataDir, ZoneId zone, Scheduler scheduler, ActorSource actors,
            PasswordHasher passwords) {
        return openEmbedded(dataDir, zone, scheduler, actors, passwords, DatabaseKey.NONE);
    }

    /** As {@link #openEmbedded(Path, ZoneId, Scheduler, ActorSource, PasswordHasher)}, encrypted with {@code key}. */
    public static AppContext openEmbedded(Path dataDir, ZoneId zone, Scheduler scheduler, ActorSource actors,
            PasswordHasher passwords, DatabaseKey key) {
        return open(dataDir, zone, scheduler, actors, passwords, settings -> Database.openEmbedded(dataDir, key,
                BackupService.beforeMigration(settings, scheduler.clock(), VersionInfo.version())),
                ThisWorkstation.id());
    }

    /**
     * Opens the shared office database on a PostgreSQL server (issue 19.6); the data directory keeps what stays on
     * this workstation: its settings, log, audit checkpoints and evidence files. A new (empty) server database gets
     * the schema and the demo office, as a new data directory does.
     */
    public static AppContext openShared(Path dataDir, ServerAddress server, ZoneId zone, Scheduler scheduler,
                                        ActorSource actors) {
        return openShared(dataDir, server, zone, scheduler, actors, ThisWorkstation.id());
    }

    /**
     * As above, as the workstation {@code origin}: two contexts in one JVM (the tests of two workstations on one
     * server) must differ, or each would take the other's changes for its own.
     */
    public static AppContext openShared(Path dataDir, ServerAddress server, ZoneId zone, Scheduler scheduler,
                                        ActorSource actors, WorkstationId origin) {
        return open(dataDir, zone, scheduler, actors, new PasswordHasher(), settings -> Database.openServer(server),
                origin);
    }

    private static AppContext open(Path dataDir, ZoneId zone, Scheduler scheduler, ActorSource actors,
                                   PasswordHasher passwords, Function<BackupSettings, Database> opener,
                                   WorkstationId origin) {
        Clock clock = scheduler.clock();
        try {
            PrivateFiles.createDirectories(dataDir);
            int tightened = PrivateFiles.tighten(dataDir);
            if (tightened > 0) {
                LOG.info("data directory {}: {} files and folders made private to the user", dataDir, tightened);
            }
        } catch (IOException e) {
            scheduler.close();
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        } catch (UncheckedIOException e) {
            scheduler.close();
            throw e;
        }
        Database database;
        BackupSettings backupSettings = BackupSettings.from(WorkstationPreferences.load(dataDir), dataDir);
        try {
            database = opener.apply(backupSettings);
        } catch (RuntimeException | Error failure) {
            scheduler.close();
            throw failure;
        }
        return assemble(dataDir, database, zone, scheduler, actors, backupSettings, passwords, origin);
    }

    /** Builds the context on an open database; on any failure closes scheduler and database and rethrows. */
    private static AppContext assemble(Path dataDir, Database database, ZoneId zone, Scheduler scheduler,
            ActorSource actors, BackupSettings backupSettings, PasswordHasher passwords, WorkstationId origin) {
        Clock clock = scheduler.clock();
        try {
            AppContext context = new AppContext(dataDir, database, scheduler, zone, actors, backupSettings,
                    passwords, origin);
            if (new DemoOffice(context.store, clock, context.actors, zone).seedIfNew(context.plans)) {
                LOG.info("new database {}: demo office and its plan seeded", database.description());
            }
            PrivateFiles.tighten(dataDir); // the database file H2 just created followed the umask
            context.checkpointQuietly("start");
            return context;
        } catch (RuntimeException | Error failure) {
            try {
                scheduler.close();
                database.close();
            } catch (RuntimeException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    /** Who acts now: the signed-in account, or the workstation itself; what every service's role guard reads. */
    public ActorSource actors() {
        return actors;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String databaseDescription() {
        return database.description();
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Runs work at an instant of {@link #clock()}. */
    public Scheduler scheduler() {
        return scheduler;
    }

    public EventBus events() {
        return events;
    }

    public RosterService roster() {
        return roster;
    }

    public RosterImportService rosterImport() {
        return rosterImport;
    }

    public RosterExportService rosterExport() {
        return rosterExport;
    }

    /** From now on, database work on a thread {@code isForbidden} names fails (the window forbids its own thread). */
    public void forbidDatabaseOn(java.util.function.BooleanSupplier isForbidden) {
        store.forbidThreads(isForbidden);
    }

    public LevelAssessor assessor() {
        return assessor;
    }

    public PlanService plans() {
        return plans;
    }

    public DocumentService documents() {
        return documents;
    }

    /** The 处置工作总结评估报告 of a review: preview, export, print (the review workspace's Print button). */
    public ReviewReports reviewReports() {
        return reviewReports;
    }

    /** Issued documents and their reprints with the same 文号. */
    public DocumentReprints reprints() {
        return reprints;
    }

    public IncidentService incidents() {
        return incidents;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public MetricsImportService metricsImport() {
        return metricsImport;
    }

    public WarningService warnings() {
        return warnings;
    }

    public DeadlineOverview deadlineOverview() {
        return deadlineOverview;
    }

    /** After-action reviews: open, star, rate, finish; one review's timeline and figures. */
    public ReviewService reviews() {
        return reviews;
    }

    /** The list of all reviews with their figures, statistics and trend. */
    public ReviewListService reviewList() {
        return reviewList;
    }

    public DeadlineService deadlines() {
        return deadlines;
    }

    /** The alert list: every raised alert still owed. */
    public AlertListService alertList() {
        return alertList;
    }

    /** The call list of an overdue deadline and the calls logged from it. */
    public CallListService callList() {
        return callList;
    }

    /** Sends alerts by mail or SMS where an office configured them; retries a failed send. */
    public NotificationDispatcher notifications() {
        return dispatcher;
    }

    /**
     * Arms every open deadline's alerts on the scheduler and keeps them armed: the window and a drill do this,
     * a one-shot command does not (it would raise alerts nobody sees). First derives the deadlines of every open
     * incident, so one taken by an older version (never derived) is watched too. Returns how many were armed.
     */
    public int startDeadlineAlarms() {
        int derived = deadlines.deriveOpenIncidents();
        if (derived > 0) {
            LOG.info("deadlines of {} open incidents derived or corrected at start", derived);
        }
        int armed = deadlineAlarms.start();
        int scheduled = reviewWritten.due().scheduleEndedIncidents();
        if (scheduled > 0) {
            LOG.info("review due dates of {} ended incidents stored at start", scheduled);
        }
        followUpAlarms.start();
        return armed;
    }

    /** The written part of reviews: lessons, improvement actions, accountability, due dates, plan revisions. */
    public ReviewWrittenServices reviewWritten() {
        return reviewWritten;
    }

    /**
     * On a shared database, announces the other workstations' changes on {@link #events()} from now on and keeps
     * the {@linkplain #databaseLink() link} to the server watched (the window does; a one-shot command does not).
     * True when it started; an embedded database has no other workstations.
     */
    public boolean followOtherWorkstations() {
        if (!database.isShared()) {
            return false;
        }
        changeFeed.start();
        return true;
    }

    /** The change feed's follower (started by {@link #followOtherWorkstations()}). */
    public ChangeFeedFollower changeFeed() {
        return changeFeed;
    }

    /** The line to the database: its connection state, which the window's header shows. */
    public org.incidentdesk.store.DatabaseLink databaseLink() {
        return database.link();
    }

    /** Backups of this database: on demand, and on a schedule once {@link #startBackupSchedule} ran. */
    public BackupService backups() {
        return backups;
    }

    /**
     * Takes automatic backups from now on (the window does; a one-shot command does not). Only of an embedded
     * database: a shared PostgreSQL database is backed up on its server (pg_dump), not by each workstation.
     */
    public void startBackupSchedule() {
        if (!isShared()) {
            backups.startSchedule(scheduler);
        }
    }

    /** True when this context works on a shared office database on a server, not the embedded file. */
    public boolean isShared() {
        return database.vendor() != DatabaseVendor.H2;
    }

    /**
     * Opens only the embedded database of {@code dataDir} (migrated, with the pre-migration backup as configured),
     * without the services: for copying it elsewhere ({@code db copy}). The data directory must exist.
     */
    public static Database openDatabase(Path dataDir, Clock clock) {
        return openDatabase(dataDir, clock, DatabaseKey.NONE);
    }

    /** As {@link #openDatabase(Path, Clock)}, for an embedded database encrypted with {@code key}. */
    public static Database openDatabase(Path dataDir, Clock clock, DatabaseKey key) {
        if (!java.nio.file.Files.isDirectory(dataDir)) {
            throw new UncheckedIOException(new java.io.FileNotFoundException("no data directory " + dataDir));
        }
        BackupSettings settings = BackupSettings.from(WorkstationPreferences.load(dataDir), dataDir);
        return Database.openEmbedded(dataDir, key,
                BackupService.beforeMigration(settings, clock, VersionInfo.version()));
    }

    /**
     * Restores backups into {@code dataDir}, whose database must not be open; pre-migration backups as configured.
     * {@code actors} names who restores (the role guard asks for a system administrator).
     */
    public static RestoreService restorer(Path dataDir, Clock clock, ActorSource actors) {
        BackupSettings settings = BackupSettings.from(WorkstationPreferences.load(dataDir), dataDir);
        return new RestoreService(dataDir, clock, BackupService.beforeMigration(settings, clock, VersionInfo.version()),
                actors);
    }

    Store store() {
        return store;
    }

    /** Times every transaction: the window and the command line say so when the database stops answering. */
    public org.incidentdesk.store.WriteWatchdog databaseWatchdog() {
        return database.watchdog();
    }

    /**
     * Writes the audit checkpoint of a start or exit. A configuration directory that cannot be written must not
     * keep an office from working in an emergency: the failure is logged, and {@code audit verify} then has one
     * checkpoint less to hold the chain against.
     */
    private void checkpointQuietly(String when) {
        try {
            audit.checkpoint();
        } catch (RuntimeException e) {
            LOG.error("the audit checkpoint at {} could not be written", when, e);
        }
    }

    /**
     * Whoever is still signed in at exit (the command of this thread, the window's person) is signed out, audited;
     * a failure must not keep the database open.
     */
    private void signOutQuietly() {
        try {
            accounts.signOutThisThread();
            actors.windowSession().ifPresent(accounts::signOut);
        } catch (RuntimeException e) {
            LOG.error("the sign-out at exit could not be recorded", e);
        }
    }

    /** The layout fonts take seconds to parse: the window has it done beside it, not at the first preview. */
    public void prepareLayoutFonts() {
        Thread.ofPlatform().daemon().name("incidentdesk-fonts").start(() -> {
            try {
                documents.warmUp();
            } catch (RuntimeException e) {
                LOG.warn("layout fonts could not be prepared", e);
            }
        });
    }

    /** Local accounts: the first administrator, sign-in, screen unlock, sign-out, passwords. */
    public AccountService accounts() {
        return accounts;
    }

    /** The audit trail: verify, checkpoints, reading and export, purge. */
    public AuditService audit() {
        return audit;
    }

    @Override
    public void close() {
        changeFeed.close();
        backups.close();
        signOutQuietly();
        checkpointQuietly("exit");
        deadlineAlarms.close();
        followUpAlarms.close();
        scheduler.close();
        if (alertLane != null) {
            alertLane.shutdown(); // an alert being raised commits before the database closes (Database.close waits)
        }
        database.close();
        PrivateFiles.tighten(dataDir); // files H2 and the log wrote since the start
    }
}
