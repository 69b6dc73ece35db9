package org.incidentdesk.domain.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Violation;

/** What a metrics point must satisfy: a measuring time not in the future, figures not negative, a short stage. */
public final class MetricRules {
    public static final int MAX_STAGE = 100;

    private MetricRules() {
    }

    public static List<Violation> check(MetricPoint.Figures figures, Instant now) {
        List<Violation> problems = new ArrayList<>();
        if (figures.at() == null) {
            problems.add(Violation.of("metric.at", "validation.required"));
        } else if (figures.at().toInstant().isAfter(now)) {
            problems.add(Violation.of("metric.at", "incident.inFuture"));
        }
        notNegative("metric.reads", figures.reads(), problems);
        notNegative("metric.reposts", figures.reposts(), problems);
        notNegative("metric.comments", figures.comments(), problems);
        notNegative("metric.likes", figures.likes(), problems);
        notNegative("metric.heatIndex", figures.heatIndex(), problems);
        if (figures.reads() == null && figures.reposts() == null && figures.comments() == null
                && figures.likes() == null && figures.heatIndex() == null) {
            problems.add(Violation.of("metric.figures", "metric.noFigure"));
        }
        if (figures.stage() != null && figures.stage().strip().length() > MAX_STAGE) {
            problems.add(Violation.of("metric.stage", "validation.tooLong", MAX_STAGE));
        }
        return problems;
    }

    private static void notNegative(String field, Long value, List<Violation> problems) {
        if (value != null && value < 0) {
            problems.add(Violation.of(field, "metric.negative", value));
        }
    }
}
