package org.incidentdesk.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** Automatic backups: on the schedule, rotated to the newest N, and before an existing database is migrated. */
@Tag("embedded") // an embedded office (its H2 file, its checkpoints): left out of the PostgreSQL run
class BackupScheduleTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theScheduleBacksUpAtOnceWhenNoneIsThereAndThenOnceAnIntervalRotatingToTheNewestN() throws Exception {
        Path dataDir = dir.resolve("office");
        Path usb = Files.createDirectories(dir.resolve("usb"));
        WorkstationPreferences prefs = WorkstationPreferences.load(dataDir);
        prefs.put(BackupSettings.FOLDER, usb.toString());
        prefs.put(BackupSettings.KEEP, "3");
        prefs.save();
        SimulatedClock clock = new SimulatedClock(START, ZONE);
        SimulatedScheduler scheduler = new SimulatedScheduler(clock);
        try (AppContext context = AppContext.openEmbedded(dataDir, ZONE, scheduler)) {
            Semaphore taken = new Semaphore(0);
            context.backups().onBackupTaken(taken::release);
            assertTrue(context.backups().status().overdue(), "no backup yet is overdue");

            context.startBackupSchedule();
            scheduler.runDue();
            assertTrue(taken.tryAcquire(60, TimeUnit.SECONDS), "the first backup runs at once");
            assertEquals(List.of(START), times(usb));
            assertFalse(context.backups().status().overdue());

            scheduler.advanceBy(Duration.ofHours(23));
            assertFalse(taken.tryAcquire(200, TimeUnit.MILLISECONDS), "none before the day is up");
            for (int day = 1; day <= 4; day++) {
                scheduler.advanceBy(Duration.ofHours(1));
                assertTrue(taken.tryAcquire(60, TimeUnit.SECONDS), "day " + day);
                scheduler.advanceBy(Duration.ofHours(23));
            }
            List<Instant> kept = times(usb);
            assertEquals(List.of(START.plus(Duration.ofDays(4)), START.plus(Duration.ofDays(3)),
                    START.plus(Duration.ofDays(2))), kept, "the newest 3 of 5");
            try (var files = Files.list(usb)) {
                assertEquals(6, files.count(), "three backups with their .sha256 files, nothing else left");
            }
            context.backups().close(); // the schedule stops; the newest backup ages
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            assertTrue(context.backups().status().overdue(), "older than the interval");
        }
    }

    @Test
    void anExistingDatabaseIsBackedUpBeforeItIsMigratedAndANewOneIsNot() throws IOException {
        Path old = dir.resolve("old");
        Files.createDirectories(old);
        Flyway.configure().dataSource("jdbc:h2:file:" + old.resolve("incidentdesk"), "sa", "")
                .locations("classpath:db/migration").target("10").load().migrate();
        SimulatedClock clock = new SimulatedClock(START, ZONE);
        try (AppContext context = AppContext.openEmbedded(old, ZONE, new SimulatedScheduler(clock))) {
            List<Path> backups = new BackupFolder(old.resolve("backups")).backups();
            assertEquals(1, backups.size(), backups.toString());
            assertTrue(backups.getFirst().getFileName().toString().endsWith("-pre-migration.idbackup"));
            BackupManifest manifest = BackupFile.verify(backups.getFirst());
            assertEquals("10", manifest.contents().schemaVersion());
            assertEquals(BackupReason.PRE_MIGRATION, manifest.reason());
            assertTrue(manifest.contents().rowCounts().containsKey("INCIDENT"));
            assertFalse(manifest.contents().rowCounts().containsKey("NUMBER_SERIES"), "V12's table is not there yet");
        }
        Path fresh = dir.resolve("fresh");
        try (AppContext context = AppContext.openEmbedded(fresh, ZONE, new SimulatedScheduler(clock))) {
            assertEquals(List.of(), new BackupFolder(fresh.resolve("backups")).backups());
        }
    }

    private static List<Instant> times(Path folder) {
        return new BackupFolder(folder).backups().stream().map(f -> BackupFolder.taken(f).orElseThrow()).toList();
    }
}
