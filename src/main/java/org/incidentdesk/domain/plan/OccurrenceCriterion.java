package org.incidentdesk.domain.plan;

/**
 * Met when an event of at least {@code minSeverity} has the given {@link Occurrence}, e.g. 黄色预警: a 一般
 * event has happened here. The event's own severity is written with the plan's level ids (IV = 一般 event).
 */
public record OccurrenceCriterion(String id, Occurrence occurrence, String minSeverity, String text, Origin origin)
        implements LevelCriterion {
    public OccurrenceCriterion {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
