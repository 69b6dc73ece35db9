package org.incidentdesk.service.warning;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.plan.PlanVersion;

/**
 * Who may issue which warning level under the office's active plan (按照事件级别及处置权限): the questions the issue
 * dialog asks as a post and level are chosen, and the command line asks to name the posts. Reads only; the
 * checks {@link WarningService} makes before a change use the same {@link WarningAuthorities}.
 */
public final class WarningAuthorityQueries {
    private final PlanService plans;

    WarningAuthorityQueries(PlanService plans) {
        this.plans = plans;
    }

    /** Whether {@code issuerRole} (id or name) may issue {@code levelId} (id or name) under the active plan. */
    public AuthorityCheck authority(String issuerRole, String levelId) {
        ContingencyPlan plan = activePlan().plan();
        WarningAuthorities authorities = new WarningAuthorities(plan);
        return authorities.check(authorities.resolveRole(issuerRole), level(plan, levelId).id());
    }

    /** The roles of the active plan that issue some level, then those that may propose one (the office). */
    public List<String> issuerRoles() {
        return activePlanOrNone().map(p -> new WarningAuthorities(p.plan()).issuerRoles()).orElse(List.of());
    }

    /** A role's name in the active plan ("总指挥"); the id itself when the plan has no such role. */
    public String roleName(String roleId) {
        return activePlanOrNone().map(p -> new WarningAuthorities(p.plan()).roleName(roleId)).orElse(roleId);
    }

    /** The role with authority for the level in the active plan: who issues it when nobody else is named. */
    public Optional<String> authorityFor(String levelId) {
        ContingencyPlan plan = activePlan().plan();
        return new WarningAuthorities(plan).authoritiesFor(level(plan, levelId).id()).stream().findFirst();
    }

    PlanVersion activePlan() {
        return activePlanOrNone().orElseThrow(() -> WarningRefusal.of("plan", "incident.noActivePlan"));
    }

    Optional<PlanVersion> activePlanOrNone() {
        return plans.activePlan().map(OfficePlan::id).map(plans::current);
    }

    /** The level {@code text} names in {@code plan}; refused listing the plan's levels. */
    static WarningLevel level(ContingencyPlan plan, String text) {
        return plan.levelNamed(text).orElseThrow(() -> WarningRefusal.of("warning.level", "warning.unknownLevel",
                String.valueOf(text), String.join("、", plan.levelsBySeverity().stream().map(WarningLevel::label).toList())));
    }
}
