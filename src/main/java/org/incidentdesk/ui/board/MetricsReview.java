package org.incidentdesk.ui.board;

import java.nio.file.Path;
import java.util.List;
import org.incidentdesk.service.incident.MetricsColumnMapping;
import org.incidentdesk.service.incident.MetricsPreview;

/**
 * What the metrics import dialog shows: the file, a one-line summary, every problem already phrased with its
 * row ("第 3 行：…"), and the mapping of unknown headers it was read with (the dialog offers to map or ignore
 * each header still unknown). {@code canApply} is false while there is a problem: nothing is imported then.
 */
public record MetricsReview(Path file, MetricsColumnMapping mapping, MetricsPreview preview, String summary,
                            List<String> problems, boolean canApply) {
    public MetricsReview {
        problems = List.copyOf(problems);
    }
}
