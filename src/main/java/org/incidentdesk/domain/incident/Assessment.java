package org.incidentdesk.domain.incident;

import java.time.Instant;
import java.util.List;

/**
 * One 研判 of an incident: the level the plan's assessor proposed with its reasons (as written at the time; null
 * when no criterion was met, 未达到预警条件), and
 * the level a person decided — the same (confirmed) or another with a written reason (overridden). A later
 * re-assessment adds a new row; earlier ones stay as history. {@code established}: the ids of the criteria a
 * person ticked as holding (the facts the record cannot know), in the plan's order.
 */
public record Assessment(long id, long incidentId, LevelMark proposed, List<String> reasons,
                         AssessmentDecision decision, LevelMark decided, String overrideReason, Instant assessedAt,
                         String assessedBy, Instant decidedAt, String decidedBy, List<String> established) {
    public Assessment {
        reasons = List.copyOf(reasons);
        established = List.copyOf(established);
    }

    /** False when the assessor found no warning condition met and proposed no level. */
    public boolean proposesLevel() {
        return proposed != null;
    }

    public boolean isDecided() {
        return decision != AssessmentDecision.PROPOSED;
    }
}
