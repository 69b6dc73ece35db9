package org.incidentdesk.service.incident;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.incident.MetricPoint;

/** The short timeline text of a metrics point: the figures that were given, by their field names. */
final class MetricsText {
    private MetricsText() {
    }

    static String of(MetricPoint.Figures f) {
        List<String> parts = new ArrayList<>();
        add(parts, "reads", f.reads());
        add(parts, "reposts", f.reposts());
        add(parts, "comments", f.comments());
        add(parts, "likes", f.likes());
        add(parts, "heat", f.heatIndex());
        if (f.stage() != null && !f.stage().isBlank()) {
            parts.add("stage=" + f.stage().strip());
        }
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, Long value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
