package org.incidentdesk.domain.plan;

/** The dynamic indicators plan 4 tracks for every public-opinion event (R8). */
public enum Metric {
    /** 关注度: how many people have looked at the posts (views). */
    ATTENTION,
    /** 跟帖人数: how many people have commented. */
    COMMENTERS,
    /** 热点指数: the monitoring platform's heat index. */
    HEAT_INDEX
}
