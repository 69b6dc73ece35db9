package org.incidentdesk.ui.board;

import java.util.List;
import org.incidentdesk.service.incident.MetricsPreview;

/**
 * What the metrics import dialog shows: the file, a one-line summary, every problem already phrased with its
 * row ("第 3 行：…"). {@code canApply} is false while there is a problem: nothing is imported then.
 */
public record MetricsReview(MetricsPreview preview, String summary, List<String> problems, boolean canApply) {
    public MetricsReview {
        problems = List.copyOf(problems);
    }
}
