package org.incidentdesk.domain.plan;

/** How an event stands for the office (plan 1 §三): it has happened here, may happen here, or happened elsewhere. */
public enum Occurrence {
    HAPPENED_HERE,
    MAY_HAPPEN_HERE,
    HAPPENED_ELSEWHERE
}
