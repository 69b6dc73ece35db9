package org.incidentdesk.domain.plan;

/**
 * One observable condition that makes an event reach a level: a has-happened/may-happen definition (plan 1),
 * an item of a media-spread checklist (plan 3), or a metric threshold (plan 4, R8).
 */
public sealed interface LevelCriterion permits OccurrenceCriterion, ObservedCriterion, MetricCriterion {
    String id();

    String text();

    Origin origin();
}
