package org.incidentdesk.domain.incident;

/**
 * Where an incident stands in its life, in the order the plans describe: 接报 → 研判 → (预警) → 响应启动 → 处置 →
 * 跟踪 → 平息/终止 → 善后 → 总结评估 → 归档. Only {@link Lifecycle} moves an incident between phases.
 */
public enum IncidentPhase {
    /** 接报: the report has been taken. */
    RECEIVED,
    /** 研判: the office is assessing the level. */
    ASSESSING,
    /** 预警: a warning has been issued (optional: a response may start without one). */
    WARNING,
    /** 响应启动: the plan's response has been started. */
    RESPONSE,
    /** 处置: control, evidence, release. */
    HANDLING,
    /** 跟踪: following the event after handling until it calms. */
    TRACKING,
    /** 平息/终止: the event has calmed or the response was ended. */
    ENDED,
    /** 善后: aftermath. */
    AFTERMATH,
    /** 总结评估: after-action review. */
    REVIEW,
    /** 归档: archived; nothing changes any more. */
    ARCHIVED;

    /** Still needs attention on the board (not yet 平息/终止 or later). */
    public boolean isOpen() {
        return ordinal() < ENDED.ordinal();
    }
}
