package org.incidentdesk.domain.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentdesk.domain.roster.Roster;

/**
 * What of a plan the office's roster does not cover, checked before the plan is made active: plan bodies no
 * roster unit is named like, roles nobody in the roster holds, and therefore the deadline rules and warning
 * levels that would reach nobody. Roles known only once an incident happens (事发单位, 上级机关) are not
 * counted: nobody can hold them in advance.
 *
 * @param unmappedUnits      plan bodies without a roster unit of that name
 * @param unmappedRoles      roles bound to a plan body whose holder the roster does not have
 * @param unreachedDeadlines rules whose doer or recipient is an unmapped role
 * @param unreachedWarnings  authorities whose issuing role is unmapped: nobody could issue these levels
 */
public record MappingCheck(List<PlanUnit> unmappedUnits, List<PlanRole> unmappedRoles,
                           List<DeadlineRule> unreachedDeadlines, List<WarningAuthority> unreachedWarnings) {
    public MappingCheck {
        unmappedUnits = List.copyOf(unmappedUnits);
        unmappedRoles = List.copyOf(unmappedRoles);
        unreachedDeadlines = List.copyOf(unreachedDeadlines);
        unreachedWarnings = List.copyOf(unreachedWarnings);
    }

    public static MappingCheck of(ContingencyPlan plan, Roster roster) {
        RoleHolders holders = new RoleHolders(plan, roster);
        List<PlanRole> unmappedRoles = plan.organisation().roles().stream()
                .filter(r -> r.unit() != null)
                .filter(r -> holders.holdersOf(r.id()).isEmpty())
                .toList();
        Set<String> unmapped = unmappedRoles.stream().map(PlanRole::id).collect(Collectors.toSet());
        List<DeadlineRule> deadlines = plan.deadlines().stream()
                .filter(d -> unmapped.contains(d.by()) || d.to() != null && unmapped.contains(d.to()))
                .toList();
        List<WarningAuthority> warnings = plan.organisation().warningAuthority().stream()
                .filter(a -> unmapped.contains(a.role()))
                .toList();
        return new MappingCheck(holders.unmatchedUnits(), unmappedRoles, deadlines, warnings);
    }

    /** True when every body and role of the plan is found in the roster. */
    public boolean isComplete() {
        return unmappedUnits.isEmpty() && unmappedRoles.isEmpty();
    }
}
