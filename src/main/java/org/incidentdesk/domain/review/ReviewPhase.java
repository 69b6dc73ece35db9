package org.incidentdesk.domain.review;

import org.incidentdesk.domain.incident.IncidentPhase;

/** The three stages a reconstructed timeline is grouped in (R20): 先期处置 / 事中 / 善后. */
public enum ReviewPhase {
    /** 先期处置: from the report to the decided level (接报, 研判). */
    INITIAL,
    /** 事中: warning, response, handling and tracking. */
    DURING,
    /** 善后: from the event's end (平息/终止) on. */
    AFTERMATH;

    /** The stage an incident in {@code phase} is in. */
    public static ReviewPhase of(IncidentPhase phase) {
        return switch (phase) {
            case RECEIVED, ASSESSING -> INITIAL;
            case WARNING, RESPONSE, HANDLING, TRACKING -> DURING;
            case ENDED, AFTERMATH, REVIEW, ARCHIVED -> AFTERMATH;
        };
    }
}
