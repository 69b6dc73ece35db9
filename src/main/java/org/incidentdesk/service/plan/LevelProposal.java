package org.incidentdesk.service.plan;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * The level the assessor proposes for an event (R7: the office proposes, the authority for that level
 * issues): {@code level} after any sensitive-period raise, {@code assessedLevel} from the criteria alone,
 * and the reasons for both. Both are empty when no criterion of any level is met (未达到预警条件).
 */
public record LevelProposal(Optional<WarningLevel> level, Optional<WarningLevel> assessedLevel,
                            List<AssessmentReason> reasons) {
    public LevelProposal {
        reasons = List.copyOf(reasons);
    }

    public boolean raised() {
        return level.isPresent() && level.get().rank() < assessedLevel.orElseThrow().rank();
    }

    /** The ids of the criteria that were met. */
    public List<String> metCriteria() {
        return reasons.stream().filter(r -> r.kind() == AssessmentReason.Kind.CRITERION_MET)
                .map(AssessmentReason::subjectId).toList();
    }

    /** True when no criterion of any level was met, so no level is proposed. */
    public boolean noCriterionMet() {
        return level.isEmpty();
    }
}
