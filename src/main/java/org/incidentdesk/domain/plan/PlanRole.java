package org.incidentdesk.domain.plan;

/**
 * A party the plan's rules refer to, e.g. the command, the office, the spokesperson or 事发单位. {@code unit} is
 * the id of the {@link PlanUnit} that plays the role and {@code post} the post title within it; both are
 * empty for a party known only once an incident happens (the unit where it happened, the business
 * department concerned, the superior authority).
 */
public record PlanRole(String id, String name, String unit, String post, Origin origin) {
    public PlanRole {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
