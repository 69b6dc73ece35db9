package org.incidentdesk.service.incident;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * Imports a metrics CSV onto an incident in two steps: {@link #preview} reads it and names every problem,
 * {@link #apply} records the points in one transaction, and only when the preview has no problem.
 * Thread-safe; never call it on the JavaFX thread.
 */
public final class MetricsImportService {
    /** A metrics export is a few thousand rows at most; a bigger file is not one. */

    private final IncidentService incidents;
    private final Clock clock;
    private final ZoneId zone;

    public MetricsImportService(IncidentService incidents, Clock clock, ZoneId zone) {
        this.incidents = incidents;
        this.clock = clock;
        this.zone = zone;
    }

    /** Reads the file within the shared import limits and lists every problem by row; writes nothing. */
    public MetricsPreview preview(Path file) {
        return preview(file, MetricsColumnMapping.NONE);
    }

    /** As {@link #preview(Path)}, with headers the reader does not know mapped to a column or ignored. */
    public MetricsPreview preview(Path file, MetricsColumnMapping mapping) {
        return new MetricsCsvReader(zone, clock.instant(), mapping).read(file);
    }

    /** Records the previewed points; refused while the preview has a problem. Returns how many were added. */
    public int apply(long incidentId, MetricsPreview preview) {
        Access.require(incidents.actors(), Permission.INCIDENT_EDIT);
        if (!preview.importable()) {
            throw IncidentService.refused("metrics.file", "metrics.notImportable", preview.fileName(),
                    preview.problems().size());
        }
        return incidents.addMetricsBatch(incidentId, preview.points(), preview.fileName());
    }
}
