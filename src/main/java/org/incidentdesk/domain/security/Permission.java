package org.incidentdesk.domain.security;

/**
 * Every action a service guards, one constant per thing a role may or may not do. Which roles hold which is
 * {@link RolePolicy}'s one table; the service layer refuses the rest and the window hides what would be refused.
 */
public enum Permission {
    // incidents
    INCIDENT_CREATE,
    /** Facts, phase, parties, keywords and figures of an incident. */
    INCIDENT_EDIT,
    /** Notes, acts done, evidence and call logs: what happened, written into the record. */
    INCIDENT_RECORD,
    /** Level assessment, its confirmation or override, expert opinions. */
    INCIDENT_ASSESS,
    /** Ending and archiving an incident, with the warnings it lifts. */
    INCIDENT_CLOSE,
    TASK_ASSIGN,
    /** Any unit's handling task. */
    TASK_UPDATE,
    /** Only the task of the unit the account acts for ({@link Principal#unitId()}). */
    TASK_UPDATE_OWN_UNIT,
    // warnings
    /** Issue a warning in force, or propose one for approval where the plan gives the post no authority. */
    WARNING_ISSUE,
    WARNING_APPROVE,
    WARNING_ADJUST,
    WARNING_LIFT,
    /** Confirm that any unit received a warning notice. */
    WARNING_RECEIPT,
    /** Confirm that the unit the account acts for ({@link Principal#unitId()}) received a warning notice. */
    WARNING_RECEIPT_OWN_UNIT,
    // statements (统一口径)
    STATEMENT_DRAFT,
    STATEMENT_SUBMIT,
    /** Approve or return a submitted statement with comments. */
    STATEMENT_APPROVE,
    STATEMENT_RELEASE,
    // deadlines and alerts
    ALERT_ACKNOWLEDGE,
    CALL_LOG,
    /** Write and confirm the shift handover. */
    HANDOVER,
    // roster
    ROSTER_EDIT,
    ROSTER_IMPORT,
    ROSTER_EXPORT,
    /** Start and end the response duty (应急值守) of the roster. */
    RESPONSE_DUTY,
    // plans
    PLAN_EDIT,
    PLAN_ACTIVATE,
    PLAN_IMPORT,
    PLAN_EXPORT,
    // documents
    /** Export an official document with its number (文号). */
    DOCUMENT_ISSUE,
    DOCUMENT_PRINT,
    // after-action review
    REVIEW_WRITE,
    // drills (演练), run in a throw-away office of their own
    DRILL_RUN,
    // the office's data
    BACKUP_CREATE,
    BACKUP_RESTORE,
    /** The office's masthead and document settings, workstation settings. */
    SETTINGS,
    // audit (审计管理员 only)
    AUDIT_READ,
    AUDIT_VERIFY,
    AUDIT_EXPORT,
    AUDIT_CHECKPOINT,
    /** Purge audit entries older than the retention (180 days); younger ones are refused whoever asks. */
    AUDIT_PURGE,
    // accounts (安全管理员 only)
    /** Create, disable and unlock accounts; set their roles, clearance and passwords. */
    ACCOUNTS_MANAGE,
    /** Change one's own password: every account. */
    OWN_PASSWORD
}
