package org.incidentdesk.domain.plan;

/** The families of event the plans handle. */
public enum CategoryKind {
    /** 舆情: an online public-opinion event (plan 5's four classes, R16). */
    PUBLIC_OPINION,
    /** 网络信息安全事件: attack, malicious code, interference, leak, harmful content (plan 1). */
    SECURITY,
    /** 突发案事件: a violent incident on the ground (plan 2). */
    VIOLENT_INCIDENT
}
