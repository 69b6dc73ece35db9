package org.incidentdesk.domain.review;

/** An incident's figures for its review: the deadlines scored against the plan and the time-to figures. */
public record ReviewFigures(DeadlineScore score, TimeToFigures times) {
}
