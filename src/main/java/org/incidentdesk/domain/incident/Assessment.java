package org.incidentdesk.domain.incident;

import java.time.Instant;
import java.util.List;

/**
 * One 研判 of an incident: the level the plan's assessor proposed with its reasons (as written at the time), and
 * the level a person decided — the same (confirmed) or another with a written reason (overridden). A later
 * re-assessment adds a new row; earlier ones stay as history.
 */
public record Assessment(long id, long incidentId, LevelMark proposed, List<String> reasons,
                         AssessmentDecision decision, LevelMark decided, String overrideReason, Instant assessedAt,
                         String assessedBy, Instant decidedAt, String decidedBy) {
    public Assessment {
        reasons = List.copyOf(reasons);
    }

    public boolean isDecided() {
        return decision != AssessmentDecision.PROPOSED;
    }
}
