package org.incidentdesk.domain.plan;

/** A checklist item the assessor ticks when it is observed, e.g. 境内主要知名论坛进行讨论并形成热点. */
public record ObservedCriterion(String id, String text, Origin origin) implements LevelCriterion {
    public ObservedCriterion {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
