package org.incidentdesk.ui.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.backup.BackupService;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.AppViewModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last backup's time in the header, on every workspace, and a warning once it is older than the schedule or
 * the last automatic backup failed. The backup folder is read off the window's thread; it is read again after each
 * backup and once an hour (the time at which a backup becomes overdue passes without any event).
 */
public final class BackupStatusViewModel implements AppViewModels.AppViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BackupStatusViewModel.class);
    static final Duration RECHECK = Duration.ofHours(1);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final BackupService backups;
    private final TaskRunner tasks;
    private final FxAlarms alarms;
    private final Clock clock;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Optional<BackupService.Status>> status =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private Runnable unsubscribe = () -> { };
    private Runnable disarm = () -> { };

    public BackupStatusViewModel(BackupService backups, TaskRunner tasks, FxAlarms alarms, Clock clock, ZoneId zone) {
        this.backups = backups;
        this.tasks = tasks;
        this.alarms = alarms;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void start() {
        unsubscribe = backups.onBackupTaken(() -> alarms.at("backup: status after a backup", clock.instant(), this::reload));
        hourly();
    }

    @Override
    public void stop() {
        unsubscribe.run();
        disarm.run();
        unsubscribe = () -> { };
        disarm = () -> { };
    }

    private void hourly() {
        reload();
        disarm = alarms.at("backup: status hourly", clock.instant().plus(RECHECK), this::hourly);
    }

    public void reload() {
        tasks.refresh("backup-status", backups::status, s -> status.set(Optional.of(s)),
                failure -> LOG.warn("the backup folder could not be read", failure));
    }

    public ReadOnlyObjectProperty<Optional<BackupService.Status>> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the header should warn: no backup, one older than the schedule, or a failed automatic one. */
    public boolean warns() {
        return status.get().map(s -> s.overdue() || s.failure().isPresent()).orElse(false);
    }

    /** "上次备份：12-07 09:00", with what is wrong when {@link #warns()}; empty until the folder was read. */
    public String text(Messages messages) {
        return status.get().map(s -> {
            if (s.failure().isPresent()) {
                return messages.get("backup.status.failed", s.failure().get());
            }
            Optional<String> last = s.last().map(this::shortTime);
            if (last.isEmpty()) {
                return messages.get("backup.status.neverOverdue");
            }
            return messages.get(s.overdue() ? "backup.status.overdue" : "backup.status.last", last.get());
        }).orElse("");
    }

    /** Where automatic backups go, how often and how many are kept. */
    public String details(Messages messages) {
        var settings = backups.settings();
        return messages.get("backup.status.tooltip", settings.folder(), settings.interval().toHours(), settings.keep());
    }

    private String shortTime(Instant at) {
        return SHORT.format(at.atZone(zone));
    }
}
