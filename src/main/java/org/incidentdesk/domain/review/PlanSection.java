package org.incidentdesk.domain.review;

/**
 * The parts of the plan a response is rated against (R21): 先期处置, 研判, 预警, 处置, 信息发布, 善后, in the
 * order a response goes through them. Each is named in the bundles as {@code PlanSection.NAME}.
 */
public enum PlanSection {
    /** 先期处置: the first measures and the first report. */
    INITIAL_RESPONSE,
    /** 研判: assessing the level. */
    ASSESSMENT,
    /** 预警: issuing, adjusting and lifting the warning. */
    WARNING,
    /** 处置: control, forwarding, answering, follow-up reports. */
    HANDLING,
    /** 信息发布: the public response. */
    PUBLIC_INFORMATION,
    /** 善后: the final report, the summary and aftermath. */
    AFTERMATH
}
