package org.incidentdesk.domain.plan;

/** The official documents the plans produce (R23–R26); the report module lays each kind out. */
public enum FormKind {
    /** 预警通知: issue, adjust or lift a warning. */
    WARNING_NOTICE,
    /** 首报. */
    FIRST_REPORT,
    /** 续报. */
    FOLLOW_UP_REPORT,
    /** 终报. */
    FINAL_REPORT,
    /** 《网络舆情通报》 (plan 4), issued repeatedly until the opinion is gone. */
    OPINION_BULLETIN,
    /** 总结评估报告 / 复盘评估. */
    SUMMARY_REPORT
}
