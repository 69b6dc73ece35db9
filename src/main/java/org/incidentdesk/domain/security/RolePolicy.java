package org.incidentdesk.domain.security;

import static org.incidentdesk.domain.security.Permission.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each role may do: the one table the service guard and the window read. The three administrators are kept
 * apart (三权分立): the system administrator keeps the office, the plans, backups and settings; the security
 * administrator keeps accounts; the audit administrator reads, verifies and exports the audit and changes nothing
 * else. Nobody but the audit administrator reads the audit, and nobody can switch it off. The leader runs incidents
 * like the office and approves releases and warnings (the plan decides which levels their post may approve);
 * a drill (演练) is run by those who run incidents, the office and leaders, as it rehearses their work (the
 * system administrator keeps the office's data, restores included, but does not handle incidents);
 * the unit liaison updates only their own unit's tasks and confirms their unit's warning notices; the observer
 * reads and changes nothing.
 */
public final class RolePolicy {
    private static final Set<Permission> RUNS_INCIDENTS = EnumSet.of(INCIDENT_CREATE, INCIDENT_EDIT, INCIDENT_RECORD,
            INCIDENT_ASSESS, INCIDENT_CLOSE, TASK_ASSIGN, TASK_UPDATE, WARNING_ISSUE, WARNING_ADJUST, WARNING_LIFT,
            WARNING_RECEIPT, STATEMENT_DRAFT, STATEMENT_SUBMIT, STATEMENT_RELEASE, ALERT_ACKNOWLEDGE, CALL_LOG,
            HANDOVER, RESPONSE_DUTY, DOCUMENT_ISSUE, DOCUMENT_PRINT, REVIEW_WRITE, DRILL_RUN, OWN_PASSWORD);

    private static final Map<Role, Set<Permission>> GRANTS = grants();

    private RolePolicy() {
    }

    private static Map<Role, Set<Permission>> grants() {
        Map<Role, Set<Permission>> grants = new EnumMap<>(Role.class);
        grants.put(Role.SYSTEM_ADMIN, EnumSet.of(ROSTER_EDIT, ROSTER_IMPORT, ROSTER_EXPORT, PLAN_EDIT, PLAN_ACTIVATE,
                PLAN_IMPORT, PLAN_EXPORT, BACKUP_CREATE, BACKUP_RESTORE, SETTINGS, OWN_PASSWORD));
        grants.put(Role.SECURITY_ADMIN, EnumSet.of(ACCOUNTS_MANAGE, OWN_PASSWORD));
        grants.put(Role.AUDIT_ADMIN, EnumSet.of(AUDIT_READ, AUDIT_VERIFY, AUDIT_EXPORT, AUDIT_CHECKPOINT, AUDIT_PURGE,
                OWN_PASSWORD));
        Set<Permission> leader = EnumSet.copyOf(RUNS_INCIDENTS);
        leader.addAll(EnumSet.of(WARNING_APPROVE, STATEMENT_APPROVE));
        grants.put(Role.LEADER, leader);
        Set<Permission> office = EnumSet.copyOf(RUNS_INCIDENTS);
        office.addAll(EnumSet.of(ROSTER_EDIT, ROSTER_EXPORT));
        grants.put(Role.OFFICE_STAFF, office);
        grants.put(Role.UNIT_LIAISON, EnumSet.of(TASK_UPDATE_OWN_UNIT, WARNING_RECEIPT_OWN_UNIT, OWN_PASSWORD));
        grants.put(Role.OBSERVER, EnumSet.of(OWN_PASSWORD));
        grants.replaceAll((role, permissions) -> Collections.unmodifiableSet(permissions));
        return Collections.unmodifiableMap(grants);
    }

    /** What {@code role} may do. */
    public static Set<Permission> of(Role role) {
        return GRANTS.get(role);
    }

    public static boolean grants(Role role, Permission permission) {
        return GRANTS.get(role).contains(permission);
    }

    /** Whether {@code principal} may do it: the workstation acting on its own may do everything. */
    public static boolean allows(Principal principal, Permission permission) {
        return principal.workstation() || principal.roles().stream().anyMatch(role -> grants(role, permission));
    }

    /** The roles that may do it, in the order of {@link Role}: what a refusal names. */
    public static List<Role> rolesFor(Permission permission) {
        return EnumSet.allOf(Role.class).stream().filter(role -> grants(role, permission)).toList();
    }
}
