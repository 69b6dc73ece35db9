package org.incidentdesk.domain.security;

/**
 * Which incidents an account sees (issue 20: the unit liaison "sees and updates their unit's tasks"). Every role that
 * runs or reads the office's incidents sees all of them; an account whose only incident right is its own unit's
 * tasks ({@link Permission#TASK_UPDATE_OWN_UNIT} without {@link Permission#TASK_UPDATE}) sees only the incidents in
 * which its unit has a task, plays a party of the plan (事发单位, 主管部门…) or was sent a warning's notice. A liaison account with no unit sees
 * none. The store turns a scope into one condition every incident read takes; secrecy clearance applies on top.
 *
 * @param unitId the unit whose incidents are seen, or {@code null} for every incident (with {@code all})
 * @param all    true when every incident is seen
 */
public record IncidentScope(Long unitId, boolean all) {
    private static final IncidentScope ALL = new IncidentScope(null, true);

    public IncidentScope {
        if (all && unitId != null) {
            throw new IllegalArgumentException("a scope of every incident names no unit");
        }
    }

    /** Every incident: the workstation, the office, leaders, the administrators and observers. */
    public static IncidentScope everyIncident() {
        return ALL;
    }

    /** The incidents of one unit ({@code null}: an account of no unit, which sees none). */
    public static IncidentScope unit(Long unitId) {
        return new IncidentScope(unitId, false);
    }

    /**
     * The scope of whoever acts: the account's own unit when all its roles are limited to their unit (a unit
     * liaison), otherwise every incident (the workstation, any role that sees all ({@link #seesAll(Role)}), and an
     * account of no role, whose reads were never limited and whose actions every guard refuses).
     */
    public static IncidentScope of(Principal principal) {
        boolean unitOnly = !principal.workstation() && !principal.roles().isEmpty()
                && principal.roles().stream().noneMatch(IncidentScope::seesAll);
        return unitOnly ? unit(principal.unitId()) : ALL;
    }

    /** Whether {@code unitId} is the scope's own unit (never for a scope of every incident or of no unit). */
    public boolean isOwnUnit(Long unitId) {
        return !all && unitId != null && unitId.equals(this.unitId);
    }

    /**
     * Whether the role sees every incident: all but a role whose only incident right is its own unit's tasks.
     */
    public static boolean seesAll(Role role) {
        return RolePolicy.grants(role, Permission.TASK_UPDATE)
                || !RolePolicy.grants(role, Permission.TASK_UPDATE_OWN_UNIT);
    }
}
