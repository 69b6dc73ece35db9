package org.incidentdesk.service.warning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.WarningAuthority;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.UnitKind;

/**
 * Who may issue which level under a plan (按照事件级别及处置权限, R7). The role listed for a level issues it, and
 * so does a role listed for a more severe level (the commander who issues red may issue yellow). The office,
 * which organises the assessment and proposes the level, may put forward a level it has no authority for: that
 * warning waits for the approval of the role listed for the level. Any other role without the authority is
 * refused, the message naming the role, the level and who should issue it.
 */
final class WarningAuthorities {
    private final ContingencyPlan plan;

    WarningAuthorities(ContingencyPlan plan) {
        this.plan = plan;
    }

    AuthorityCheck check(String roleId, String levelId) {
        WarningLevel level = plan.level(levelId).orElseThrow(() -> unknownLevel(levelId));
        PlanRole role = plan.organisation().role(roleId).orElseThrow(() -> unknownRole(roleId));
        List<String> authorities = authoritiesFor(levelId);
        if (authorities.isEmpty()) {
            return new AuthorityCheck(false, false, null,
                    Violation.of("warning.issuer", "warning.noAuthorityForLevel", level.label()));
        }
        if (authorities.contains(roleId) || listedForMoreSevere(roleId, level)) {
            return AuthorityCheck.may();
        }
        String approver = authorities.get(0);
        String approverName = roleName(approver);
        if (proposes(role)) {
            return new AuthorityCheck(true, true, approver, Violation.of("warning.issuer", "warning.needsApproval",
                    role.name(), level.label(), approverName));
        }
        return new AuthorityCheck(false, false, approver, Violation.of("warning.issuer", "warning.noAuthority",
                role.name(), level.label(), approverName));
    }

    private boolean listedForMoreSevere(String roleId, WarningLevel level) {
        return plan.organisation().warningAuthority().stream().filter(a -> roleId.equals(a.role()))
                .flatMap(a -> a.levels().stream()).map(plan::level).flatMap(Optional::stream)
                .anyMatch(l -> l.rank() < level.rank());
    }

    /** The roles listed for the level, in the plan's order. */
    List<String> authoritiesFor(String levelId) {
        return plan.organisation().warningAuthority().stream().filter(a -> a.levels().contains(levelId))
                .map(WarningAuthority::role).distinct().toList();
    }

    /** The roles that issue some level, then the office roles that may propose one; in the plan's order. */
    List<String> issuerRoles() {
        Set<String> roles = new LinkedHashSet<>();
        plan.organisation().warningAuthority().forEach(a -> roles.add(a.role()));
        plan.organisation().roles().stream().filter(this::proposes).forEach(r -> roles.add(r.id()));
        return List.copyOf(roles);
    }

    /** The role as typed: its id or its name in the plan. */
    String resolveRole(String text) {
        String t = text == null ? "" : text.strip();
        return plan.organisation().roles().stream().filter(r -> t.equals(r.id()) || t.equals(r.name()))
                .map(PlanRole::id).findFirst().orElseThrow(() -> unknownRole(t));
    }

    String roleName(String roleId) {
        return plan.organisation().role(roleId).map(PlanRole::name).orElse(roleId);
    }

    /** The office proposes a level (R7): a role played by a body of the office kind. */
    private boolean proposes(PlanRole role) {
        return Optional.ofNullable(role.unit()).flatMap(unitId -> plan.organisation().unit(unitId))
                .map(unit -> unit.kind() == UnitKind.OFFICE).orElse(false);
    }

    private WarningRefusal unknownLevel(String levelId) {
        return WarningRefusal.of("warning.level", "warning.unknownLevel", String.valueOf(levelId),
                String.join("、", plan.levelsBySeverity().stream().map(WarningLevel::label).toList()));
    }

    private WarningRefusal unknownRole(String roleId) {
        return WarningRefusal.of("warning.issuer", "warning.unknownRole", String.valueOf(roleId),
                String.join("、", issuerRoles().stream().map(r -> r + " " + roleName(r)).toList()));
    }
}
