package org.incidentdesk.service.warning;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.ExpertOpinion;
import org.incidentdesk.service.plan.AssessmentReason;

/**
 * The assessment board of an incident (研判): the level proposed after any sensitive-period raise and the level
 * the criteria reached before it (both empty when no criterion of any level is met: 未达到预警条件), the
 * reasons, every criterion of the plan checked against the facts, the sensitive period in force, and the
 * expert opinions recorded so far.
 */
public record WarningAssessment(long incidentId, Optional<WarningLevel> proposed,
                                Optional<WarningLevel> assessedBeforeRaise, List<AssessmentReason> reasons,
                                List<CriterionCheck> checklist, Optional<SensitivePeriod> period,
                                List<ExpertOpinion> opinions) {
    public WarningAssessment {
        reasons = List.copyOf(reasons);
        checklist = List.copyOf(checklist);
        opinions = List.copyOf(opinions);
    }

    public boolean noWarningCondition() {
        return proposed.isEmpty();
    }

    public boolean raised() {
        return proposed.isPresent() && proposed.get().rank() < assessedBeforeRaise.orElseThrow().rank();
    }
}
