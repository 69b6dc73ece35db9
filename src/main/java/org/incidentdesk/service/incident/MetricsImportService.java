package org.incidentdesk.service.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Imports a metrics CSV onto an incident in two steps: {@link #preview} reads it and names every problem,
 * {@link #apply} records the points in one transaction, and only when the preview has no problem.
 * Thread-safe; never call it on the JavaFX thread.
 */
public final class MetricsImportService {
    /** A metrics export is a few thousand rows at most; a bigger file is not one. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final IncidentService incidents;
    private final Clock clock;
    private final ZoneId zone;

    public MetricsImportService(IncidentService incidents, Clock clock, ZoneId zone) {
        this.incidents = incidents;
        this.clock = clock;
        this.zone = zone;
    }

    public MetricsPreview preview(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw IncidentService.refused("metrics.file", "metrics.tooLarge", file.toString(),
                        MAX_FILE_BYTES / (1024 * 1024));
            }
            return preview(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    public MetricsPreview preview(String fileName, byte[] bytes) {
        return new MetricsCsvReader(zone, clock.instant()).read(fileName, bytes);
    }

    /** Records the previewed points; refused while the preview has a problem. Returns how many were added. */
    public int apply(long incidentId, MetricsPreview preview) {
        if (!preview.importable()) {
            throw IncidentService.refused("metrics.file", "metrics.notImportable", preview.fileName(),
                    preview.problems().size());
        }
        return incidents.addMetricsBatch(incidentId, preview.points(), preview.fileName());
    }
}
