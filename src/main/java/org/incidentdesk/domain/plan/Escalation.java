package org.incidentdesk.domain.plan;

/**
 * What follows when a rule's deadline passes and the event has not calmed (plan 4: a 一般 opinion that does not
 * go away is reported up and handled by the 重大 procedure): {@code by} does {@code action}, the event moves
 * to level {@code toLevel}.
 */
public record Escalation(String toLevel, String action, String by, String to, Origin origin) {
    public Escalation {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
