package org.incidentdesk.domain.plan;

/** Met when the event's {@code metric} has reached {@code threshold}. */
public record MetricCriterion(String id, Metric metric, long threshold, String text, Origin origin)
        implements LevelCriterion {
    public MetricCriterion {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
