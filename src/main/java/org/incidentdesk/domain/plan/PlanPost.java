package org.incidentdesk.domain.plan;

/**
 * A post in a plan body and who fills it by office, e.g. 总指挥 held by 县委常委、宣传部部长. {@code title} matches
 * the post title in the roster; {@code heldBy} describes the holder's own position, never a person's name.
 */
public record PlanPost(String title, String heldBy, Origin origin) {
    public PlanPost {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
