package org.incidentdesk.domain.incident;

/** What a row of the 处置日志 records. */
public enum TimelineKind {
    INTAKE,
    FACTS,
    PHASE,
    ASSESSMENT,
    LEVEL,
    TASK,
    NOTE,
    STATEMENT,
    KEYWORD,
    METRICS,
    EVIDENCE,
    /** An event of one of the incident's deadlines: created, reminded, overdue, escalated, acknowledged, met, missed. */
    DEADLINE,
    /** A phone call made from the call list about an overdue deadline, and what came of it. */
    CALL,
    /** A warning the incident is behind was issued, proposed, approved, adjusted or lifted. */
    WARNING,
    /** A numbered document (首报, 续报, 终报, 通报, 预警通知…) was issued for the incident: which, its 文号, to whom, signed by whom. */
    DISPATCH,
    /** The incident's after-action review (总结评估) was opened, finished or reopened. */
    REVIEW
}
