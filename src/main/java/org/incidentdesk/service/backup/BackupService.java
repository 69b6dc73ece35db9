package org.incidentdesk.service.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.incidentdesk.service.common.ScheduledTask;
import org.incidentdesk.service.common.Scheduler;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.Unguarded;

/**
 * Backups of the open database: on demand to a chosen file ({@code incidentdesk backup --out FILE}), and
 * automatically into the backup folder on a schedule (default daily) while the window runs, rotated to the newest
 * N. Each is consistent while the program keeps writing (see {@code DatabaseFiles.copyOpenDatabase}). The
 * pre-migration backup is {@link #beforeMigration}. A backup runs on a lane of its own, never on the scheduler's
 * thread or the window's.
 */
public final class BackupService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    /** After a failed automatic backup (the USB drive was not plugged in), the next try. */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofHours(1);

    /** What the window shows: the newest backup's time, whether it is older than the schedule, the last failure. */
    public record Status(Optional<Instant> last, boolean overdue, Optional<String> failure, Path folder) {
    }

    private final Database database;
    private final Clock clock;
    private final BackupSettings settings;
    private final BackupWriter writer;
    private final BackupFolder folder;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private ExecutorService lane;
    private Scheduler scheduler;
    private ScheduledTask armed;
    private volatile String lastFailure;
    private final ActorSource actors;

    public BackupService(Database database, Clock clock, BackupSettings settings, String programVersion,
                         ActorSource actors) {
        this.actors = actors;
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.writer = new BackupWriter(clock, programVersion);
        this.folder = new BackupFolder(settings.folder());
    }

    /** Backs up to {@code out} (a manual backup, not rotated); returns its manifest. */
    public BackupManifest backupTo(Path out) {
        Access.require(actors, Permission.BACKUP_CREATE);
        BackupManifest manifest = writer.write(fileCopier(), BackupReason.MANUAL, out);
        listeners.forEach(Runnable::run);
        return manifest;
    }

    /** Backs up into the backup folder now and rotates it; returns the new file. */
    public Path backupNow(BackupReason reason) {
        Access.require(actors, Permission.BACKUP_CREATE);
        Path out = intoFolder(reason);
        listeners.forEach(Runnable::run);
        return out;
    }

    private Path intoFolder(BackupReason reason) {
        Path out = folder.newFile(clock.instant(), reason);
        writer.write(fileCopier(), reason, out);
        List<Path> deleted = folder.rotate(settings.keep());
        LOG.info("backup {} written; {} old ones rotated out", out, deleted.size());
        lastFailure = null;
        return out;
    }

    /**
     * Copies of the embedded database's file. A shared PostgreSQL database has no file here: its server's own
     * backups (pg_dump) keep it, and a backup asked for here is refused in words.
     */
    private Database.FileCopier fileCopier() {
        if (database.vendor() != DatabaseVendor.H2) {
            throw new BackupRefused("backup.refused.shared", database.description());
        }
        return database.fileCopier();
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Reads the backup folder (disk): the window calls it off its own thread. */
    public Status status() {
        Optional<Instant> last = folder.newest();
        boolean overdue = last.map(at -> at.plus(settings.interval()).isBefore(clock.instant())).orElse(true);
        return new Status(last, overdue, Optional.ofNullable(lastFailure), settings.folder());
    }

    /** {@code listener} runs (on the backup's thread) after each backup this service takes; returns the unsubscriber. */
    public Runnable onBackupTaken(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Takes automatic backups on {@code scheduler}'s clock from now on: at once when the newest one is older than
     * the interval (or there is none), then one interval after each.
     */
    @Unguarded("the workstation arms its automatic backups")
    public synchronized void startSchedule(Scheduler on) {
        if (scheduler != null) {
            return;
        }
        scheduler = on;
        lane = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("backups").daemon().factory());
        Instant due = folder.newest().map(at -> at.plus(settings.interval())).orElse(clock.instant());
        arm(due);
    }

    private synchronized void arm(Instant due) {
        if (scheduler == null) {
            return;
        }
        armed = scheduler.schedule("backup: scheduled", due, () -> lane.execute(this::scheduledBackup));
    }

    /** The next one is armed before anyone hears of this one, so the cadence is one interval from its start. */
    private void scheduledBackup() {
        Instant started = clock.instant();
        try {
            intoFolder(BackupReason.SCHEDULED);
            arm(started.plus(settings.interval()));
        } catch (RuntimeException e) {
            LOG.warn("the scheduled backup into {} failed", settings.folder(), e);
            lastFailure = String.valueOf(e.getMessage());
            arm(started.plus(RETRY_AFTER_FAILURE));
        }
        listeners.forEach(Runnable::run);
    }

    /** Stops the schedule and waits for a backup under way to finish, so the database is not closed under it. */
    @Override
    @Unguarded("the workstation stops its automatic backups")
    public void close() {
        ExecutorService stopping;
        synchronized (this) {
            if (armed != null && scheduler != null) {
                scheduler.cancel(armed);
            }
            armed = null;
            scheduler = null;
            stopping = lane;
            lane = null;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                if (!stopping.awaitTermination(60, TimeUnit.SECONDS)) {
                    LOG.warn("a backup was still running when the program closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The pre-migration backup: when an existing database is about to be migrated to a newer schema, a backup of it
     * as it is goes into the backup folder first (rotated with the others). If it cannot be written the database
     * is not migrated and does not open: the old program can still read the untouched file.
     */
    public static Database.BeforeMigration beforeMigration(BackupSettings settings, Clock clock, String programVersion) {
        BackupWriter writer = new BackupWriter(clock, programVersion);
        BackupFolder folder = new BackupFolder(settings.folder());
        return (copier, from, to) -> {
            Path out = folder.newFile(clock.instant(), BackupReason.PRE_MIGRATION);
            writer.write(copier, BackupReason.PRE_MIGRATION, out);
            folder.rotate(settings.keep());
            LOG.info("database at schema {} backed up to {} before migrating it to {}", from, out, to);
        };
    }
}
