package org.incidentdesk.domain.plan;

import java.util.List;
import java.util.Optional;

/**
 * Who does what under the plan (R1–R3): the bodies the plan names, the roles its rules refer to, and who may
 * issue a warning of which level. Bodies are matched to the roster by unit name and post title, so the same
 * plan can be adopted by another office that names its units the same way.
 */
public record Organisation(List<PlanUnit> units, List<PlanRole> roles, List<WarningAuthority> warningAuthority) {
    public static final Organisation EMPTY = new Organisation(List.of(), List.of(), List.of());

    public Organisation {
        units = Lists.copy(units);
        roles = Lists.copy(roles);
        warningAuthority = Lists.copy(warningAuthority);
    }

    public Optional<PlanUnit> unit(String id) {
        return units.stream().filter(u -> u.id() != null && u.id().equals(id)).findFirst();
    }

    public Optional<PlanRole> role(String id) {
        return roles.stream().filter(r -> r.id() != null && r.id().equals(id)).findFirst();
    }
}
