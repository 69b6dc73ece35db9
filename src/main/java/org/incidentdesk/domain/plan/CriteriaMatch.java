package org.incidentdesk.domain.plan;

/** Whether a level applies when any one of its criteria is met, or only when all of them are. */
public enum CriteriaMatch {
    ANY,
    ALL
}
