package org.incidentdesk.domain.review;

/** What part of the plan a proposed revision changes. */
public enum RevisionKind {
    /** a deadline (时限) */
    DEADLINE,
    /** a unit's duty (职责分工) */
    UNIT_DUTY,
    /** a level criterion (分级标准) */
    CRITERION,
    /** a checklist step of a phase (处置步骤) */
    CHECKLIST_STEP
}
