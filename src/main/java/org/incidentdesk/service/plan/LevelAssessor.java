package org.incidentdesk.service.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.CriteriaMatch;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.OccurrenceCriterion;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * Proposes a warning level for an event from its facts, by the plan's own criteria (研判, R4–R8): the most
 * severe level whose criteria are met; then, on a day inside a sensitive period, that level raised (R6). The
 * top level stays the top. When no criterion of any level is met it proposes no level (未达到预警条件): a
 * person may still decide one, with a reason, but the plan's criteria do not call for a warning. The proposal says which criteria were met
 * and why the level was raised, so the office can check it before the authority issues the warning.
 */
public final class LevelAssessor {

    public LevelProposal assess(ContingencyPlan plan, EventFacts facts, LocalDate date) {
        checkFacts(plan, facts);
        List<AssessmentReason> reasons = new ArrayList<>();
        WarningLevel assessed = null;
        for (WarningLevel level : plan.levelsBySeverity()) {
            List<LevelCriterion> met = level.criteria().stream().filter(c -> isMet(plan, c, facts)).toList();
            if (reaches(level, met)) {
                assessed = level;
                met.forEach(c -> reasons.add(new AssessmentReason(AssessmentReason.Kind.CRITERION_MET, level.id(),
                        c.id(), List.of(level.label(), c.text()))));
                break;
            }
        }
        if (assessed == null) {
            // nothing to raise either: a sensitive period raises a level the criteria reached, it creates none
            reasons.add(new AssessmentReason(AssessmentReason.Kind.NO_CRITERION_MET, null, null, List.of()));
            return new LevelProposal(Optional.empty(), Optional.empty(), reasons);
        }
        WarningLevel proposed = raiseForSensitivePeriods(plan, assessed, date, reasons);
        return new LevelProposal(Optional.of(proposed), Optional.of(assessed), reasons);
    }

    private static boolean reaches(WarningLevel level, List<LevelCriterion> met) {
        if (level.match() == CriteriaMatch.ALL) {
            return !level.criteria().isEmpty() && met.size() == level.criteria().size();
        }
        return !met.isEmpty();
    }

    /** Whether the facts meet one criterion, whatever level it belongs to: a line of the assessment checklist. */
    public boolean isMet(ContingencyPlan plan, LevelCriterion criterion, EventFacts facts) {
        if (criterion instanceof OccurrenceCriterion occurrence) {
            String severity = facts.occurrences().get(occurrence.occurrence());
            // ranks count from 1 = most severe, so "at least as severe" is a rank no greater than the minimum
            return severity != null && rank(plan, severity) <= rank(plan, occurrence.minSeverity());
        }
        if (criterion instanceof ObservedCriterion observed) {
            return facts.observed().contains(observed.id());
        }
        MetricCriterion metric = (MetricCriterion) criterion;
        Long value = facts.metrics().get(metric.metric());
        return value != null && value >= metric.threshold();
    }

    private static int rank(ContingencyPlan plan, String levelId) {
        return plan.level(levelId).orElseThrow().rank();
    }

    private static WarningLevel raiseForSensitivePeriods(ContingencyPlan plan, WarningLevel assessed, LocalDate date,
                                                         List<AssessmentReason> reasons) {
        List<SensitivePeriod> periods = plan.sensitivePeriods().stream().filter(p -> p.covers(date)).toList();
        if (periods.isEmpty()) {
            return assessed;
        }
        // overlapping periods do not add up: the plan raises the level once, by the largest step any period sets
        SensitivePeriod period = periods.stream().max((a, b) -> Integer.compare(a.raise(), b.raise())).orElseThrow();
        WarningLevel raised = plan.raised(assessed, period.raise());
        if (raised.rank() == assessed.rank()) {
            reasons.add(new AssessmentReason(AssessmentReason.Kind.ALREADY_TOP_LEVEL, assessed.id(), period.id(),
                    List.of(period.name(), assessed.label())));
        } else {
            reasons.add(new AssessmentReason(AssessmentReason.Kind.SENSITIVE_PERIOD_RAISE, raised.id(), period.id(),
                    List.of(period.name(), assessed.label(), raised.label())));
        }
        return raised;
    }

    private static void checkFacts(ContingencyPlan plan, EventFacts facts) {
        List<Violation> problems = new ArrayList<>();
        if (facts.category() != null && plan.category(facts.category()).isEmpty()) {
            problems.add(Violation.of("eventCategory", "plan.assess.unknownCategory", facts.category()));
        }
        facts.occurrences().values().stream().filter(s -> plan.level(s).isEmpty()).distinct()
                .forEach(s -> problems.add(Violation.of("eventSeverity", "plan.assess.unknownSeverity", s)));
        Set<String> criteria = plan.criteria().map(LevelCriterion::id).collect(Collectors.toSet());
        facts.observed().stream().filter(id -> !criteria.contains(id)).sorted()
                .forEach(id -> problems.add(Violation.of("observedCriterion", "plan.assess.unknownCriterion", id)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
