package org.incidentdesk.domain.review;

/** The reviewer's four-step judgement of a plan section, best first: 完成良好 / 基本完成 / 存在较大问题 / 未能完成. */
public enum SectionRating {
    /** 完成良好 */
    GOOD,
    /** 基本完成 */
    MOSTLY,
    /** 存在较大问题 */
    PROBLEMS,
    /** 未能完成 */
    FAILED
}
