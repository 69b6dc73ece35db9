package org.incidentdesk.service.plan;

import java.util.List;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * The level the assessor proposes for an event (R7: the office proposes, the authority for that level
 * issues): {@code level} after any sensitive-period raise, {@code assessedLevel} from the criteria alone,
 * and the reasons for both.
 */
public record LevelProposal(WarningLevel level, WarningLevel assessedLevel, List<AssessmentReason> reasons) {
    public LevelProposal {
        reasons = List.copyOf(reasons);
    }

    public boolean raised() {
        return level.rank() < assessedLevel.rank();
    }

    /** The ids of the criteria that were met. */
    public List<String> metCriteria() {
        return reasons.stream().filter(r -> r.kind() == AssessmentReason.Kind.CRITERION_MET)
                .map(AssessmentReason::subjectId).toList();
    }

    /** True when the assessment fell back to the lowest level because no criterion was met. */
    public boolean noCriterionMet() {
        return reasons.stream().anyMatch(r -> r.kind() == AssessmentReason.Kind.NO_CRITERION_MET);
    }
}
