package org.incidentdesk.service.plan;

import java.util.List;
import org.incidentdesk.domain.common.Messages;

/**
 * Why the assessor proposed what it did: a criterion that was met, no criterion met (no level proposed), or a
 * sensitive period that raised the level (or could not, the level being the top already). {@code subjectId}
 * is the criterion's or the sensitive period's id.
 */
public record AssessmentReason(Kind kind, String levelId, String subjectId, List<Object> args) {
    public enum Kind {
        /** args: level label, criterion text. */
        CRITERION_MET,
        /** No criterion of any level was met, so no level is proposed; no args, no level. */
        NO_CRITERION_MET,
        /** args: period name, level before, level after. */
        SENSITIVE_PERIOD_RAISE,
        /** args: period name, level label. */
        ALREADY_TOP_LEVEL
    }

    public AssessmentReason {
        args = List.copyOf(args);
    }

    public String describe(Messages messages) {
        String key = switch (kind) {
            case CRITERION_MET -> "plan.reason.criterionMet";
            case NO_CRITERION_MET -> "plan.reason.noCriterionMet";
            case SENSITIVE_PERIOD_RAISE -> "plan.reason.sensitivePeriodRaise";
            case ALREADY_TOP_LEVEL -> "plan.reason.alreadyTopLevel";
        };
        return messages.get(key, args.toArray());
    }
}
