package org.incidentdesk.domain.plan;

import java.util.List;
import org.incidentdesk.domain.roster.UnitKind;

/**
 * A body the plan names: the command (指挥部/领导小组), its office, a member unit with its written duties, or a
 * working group. {@code name} is the roster unit it maps to; {@code hostUnit} is where an office is housed
 * (设在…); {@code perIncident} marks a working group formed only when an incident needs it (R3).
 */
public record PlanUnit(String id, UnitKind kind, String name, String hostUnit, List<PlanPost> posts,
                       List<String> duties, boolean perIncident, Origin origin) {
    public PlanUnit {
        posts = Lists.copy(posts);
        duties = Lists.copy(duties);
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
