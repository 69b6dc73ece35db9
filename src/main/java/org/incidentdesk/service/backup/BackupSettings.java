package org.incidentdesk.service.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.incidentdesk.service.settings.WorkstationPreferences;

/**
 * Where automatic backups go, how many are kept and how often one is taken. Kept in the workstation's
 * preferences: {@code backup.folder} (default: {@code backups} in the data directory; e.g. a USB drive),
 * {@code backup.keep} (default 7) and {@code backup.everyHours} (default 24).
 */
public record BackupSettings(Path folder, int keep, Duration interval) {
    public static final String FOLDER = "backup.folder";
    public static final String KEEP = "backup.keep";
    public static final String EVERY_HOURS = "backup.everyHours";
    static final int DEFAULT_KEEP = 7;
    static final Duration DEFAULT_INTERVAL = Duration.ofDays(1);

    public BackupSettings {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keep);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a backup interval must be positive, not " + interval);
        }
    }

    /** The defaults for {@code dataDir}. */
    public static BackupSettings defaults(Path dataDir) {
        return new BackupSettings(dataDir.resolve("backups"), DEFAULT_KEEP, DEFAULT_INTERVAL);
    }

    /** The settings in {@code preferences}; a missing or unusable value falls back to its default. */
    public static BackupSettings from(WorkstationPreferences preferences, Path dataDir) {
        BackupSettings defaults = defaults(dataDir);
        Path folder = preferences.get(FOLDER).filter(f -> !f.isBlank()).map(Path::of)
                .filter(Path::isAbsolute).orElse(defaults.folder());
        int keep = preferences.number(KEEP).filter(n -> n >= 1 && n <= 1000).map(Double::intValue)
                .orElse(DEFAULT_KEEP);
        Optional<Duration> every = preferences.number(EVERY_HOURS).filter(h -> h >= 1 && h <= 24 * 366)
                .map(h -> Duration.ofMinutes(Math.round(h * 60)));
        return new BackupSettings(folder, keep, every.orElse(DEFAULT_INTERVAL));
    }
}
