package org.incidentdesk.ui.backup;

import org.incidentdesk.service.common.ActorSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.backup.BackupReason;
import org.incidentdesk.service.backup.BackupService;
import org.incidentdesk.service.backup.BackupSettings;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.store.Database;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header's backup line: the last backup's time, and a warning once it is older than the schedule. */
class BackupStatusViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void showsTheLastBackupAndWarnsOnceItIsOlderThanTheScheduleWithoutAClick() {
        SimulatedClock clock = new SimulatedClock(Instant.parse("2026-12-07T01:00:00Z"), ZONE);
        SimulatedScheduler scheduler = new SimulatedScheduler(clock);
        try (Database database = Database.openEmbedded(dir.resolve("office"));
             BackupService backups = new BackupService(database, clock, BackupSettings.defaults(dir.resolve("office")),
                     "test", ActorSource.operatingSystemUser())) {
            BackupStatusViewModel model = new BackupStatusViewModel(backups, new SyncTaskRunner(),
                    new FxAlarms(scheduler, Runnable::run), clock, ZONE);
            model.start();
            assertTrue(model.warns(), "no backup yet");
            assertEquals("尚无备份：请检查备份文件夹", model.text(CHINESE));

            backups.backupNow(BackupReason.MANUAL);
            scheduler.runDue();
            assertFalse(model.warns());
            assertEquals("上次备份：12-07 09:00", model.text(CHINESE));

            scheduler.advanceBy(Duration.ofHours(24).plus(BackupStatusViewModel.RECHECK));
            assertTrue(model.warns(), "a day and an hour later, without a click");
            assertEquals("上次备份：12-07 09:00（已超过备份周期）", model.text(CHINESE));
            model.stop();
        }
    }
}
