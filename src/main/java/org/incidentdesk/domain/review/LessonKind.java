package org.incidentdesk.domain.review;

/** The two kinds of lesson every plan's 总结评估 asks for. */
public enum LessonKind {
    /** 成功经验: what worked and should be kept. */
    SUCCESS,
    /** 暴露问题: a problem the response exposed. */
    PROBLEM
}
