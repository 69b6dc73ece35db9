package org.incidentdesk.domain.roster;

/** The four kinds of body in a plan's organisation (DOMAIN.md R1, R3). */
public enum UnitKind {
    /** 指挥部 / 领导小组: the body that leads the response. */
    COMMAND,
    /** 办公室: the standing office that runs daily work. */
    OFFICE,
    /** 成员单位: a department with written duties. */
    MEMBER_UNIT,
    /** 工作组: a group formed for the response. */
    WORKING_GROUP
}
