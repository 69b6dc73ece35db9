package org.incidentdesk.domain.warning;

import java.time.Instant;

/** An expert's judgement recorded in an assessment (研判, R7): who, what they judged, and the level they see (may be null). */
public record ExpertOpinion(long id, long incidentId, String expert, String judgement, String levelId, Instant at) {
}
