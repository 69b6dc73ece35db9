package org.incidentdesk.domain.roster;

/**
 * A post a person holds in a unit, e.g. 总指挥 in the command, or 联络员 in a member unit. A null title is kept
 * as a blank one, which {@link ContactRules#check} refuses.
 */
public record Post(long unitId, String title) {
    public Post {
        title = title == null ? "" : title;
    }
}
