package org.incidentdesk.domain.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;

/**
 * Finds who in an office's roster plays a role of its plan. The plan names units and posts as text, so the
 * match is by unit name and post title: a plan carried to another office works there as soon as the units
 * are named alike.
 */
public final class RoleHolders {
    private final ContingencyPlan plan;
    private final Roster roster;
    private final Map<String, Long> parties;

    public RoleHolders(ContingencyPlan plan, Roster roster) {
        this(plan, roster, Map.of());
    }

    /**
     * As {@link #RoleHolders(ContingencyPlan, Roster)} for one incident: {@code parties} says which roster unit
     * (id) plays each role the plan knows only per incident (事发单位, 主管部门), as the clerk set it.
     */
    public RoleHolders(ContingencyPlan plan, Roster roster, Map<String, Long> parties) {
        this.plan = plan;
        this.roster = roster;
        this.parties = Map.copyOf(parties);
    }

    /**
     * The roster unit that plays the role: the plan's unit by name, or for a party known only per incident the
     * unit set on the incident; empty when neither is in the roster.
     */
    public Optional<OrgUnit> unitOf(String roleId) {
        Optional<OrgUnit> planned = plan.organisation().role(roleId)
                .map(PlanRole::unit)
                .flatMap(unitId -> plan.organisation().unit(unitId))
                .flatMap(planUnit -> roster.unitNamed(planUnit.name()));
        return planned.isPresent() ? planned
                : Optional.ofNullable(parties.get(roleId)).flatMap(roster::unit);
    }

    /**
     * The people who hold the role's post in its unit, or everyone holding a post in that unit when the role
     * names no post.
     */
    public List<Person> holdersOf(String roleId) {
        Optional<PlanRole> role = plan.organisation().role(roleId);
        Optional<OrgUnit> unit = unitOf(roleId);
        if (role.isEmpty() || unit.isEmpty()) {
            return List.of();
        }
        long unitId = unit.get().id();
        String post = role.get().post();
        if (post != null) {
            return roster.holders(unitId, post);
        }
        return roster.people().stream().filter(p -> p.posts().stream().anyMatch(x -> x.unitId() == unitId)).toList();
    }

    /** Plan units whose name no roster unit carries: what an office must add or rename before relying on the plan. */
    public List<PlanUnit> unmatchedUnits() {
        return plan.organisation().units().stream().filter(u -> roster.unitNamed(u.name()).isEmpty()).toList();
    }
}
