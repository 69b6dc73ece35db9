package org.incidentdesk.domain.security;

/**
 * What an account may do. The three administrators are kept apart (三权分立): whoever manages accounts does not
 * read the audit, whoever reads the audit changes nothing else, and neither runs incidents.
 */
public enum Role {
    /** 系统管理员: the office, the plan, backups and the database; not accounts, not the audit. */
    SYSTEM_ADMIN,
    /** 安全管理员: accounts, their roles and clearances, locks; not incidents, not the audit. */
    SECURITY_ADMIN,
    /** 审计管理员: reads, verifies and exports the audit; changes nothing else. */
    AUDIT_ADMIN,
    /** 领导: approves releases and warnings of their level. */
    LEADER,
    /** 办公室: runs incidents. */
    OFFICE_STAFF,
    /** 成员单位联络员: sees and updates their own unit's tasks. */
    UNIT_LIAISON,
    /** 观察员: reads, changes nothing. */
    OBSERVER;

    /** Role names as the record writes them: sorted, comma-separated ({@code SECURITY_ADMIN,LEADER}). */
    public static String codes(java.util.Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(java.util.stream.Collectors.joining(","));
    }
}
