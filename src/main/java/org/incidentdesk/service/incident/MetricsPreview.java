package org.incidentdesk.service.incident;

import java.util.List;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.service.roster.io.RowProblem;

/**
 * What a metrics CSV would import: the points read, and every problem with the row (the header is row 1)
 * and field it concerns, and the headers the reader could not place (to be mapped or ignored). Nothing is imported
 * while there is a problem.
 */
public record MetricsPreview(String fileName, List<MetricPoint.Figures> points, List<RowProblem> problems,
                             List<String> unknownColumns) {
    public MetricsPreview {
        points = List.copyOf(points);
        problems = List.copyOf(problems);
        unknownColumns = List.copyOf(unknownColumns);
    }

    public boolean importable() {
        return problems.isEmpty() && !points.isEmpty();
    }
}
