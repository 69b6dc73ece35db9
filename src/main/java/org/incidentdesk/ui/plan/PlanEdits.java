package org.incidentdesk.ui.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.ResponseTimes;
import org.incidentdesk.domain.plan.ReviewTime;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.OccurrenceCriterion;
import org.incidentdesk.domain.plan.Organisation;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.Phase;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * The edits the plan workspace's forms make, each a function from one plan to the next. An element the
 * office changes stops being marked as a template default; one it adds is marked as its own.
 */
final class PlanEdits {
    private final String changedNote;
    private final String addedNote;

    PlanEdits(String changedNote, String addedNote) {
        this.changedNote = changedNote;
        this.addedNote = addedNote;
    }

    UnaryOperator<ContingencyPlan> deadline(int index, String action, String by, Timing timing, Duration duration,
                                            StartPoint from) {
        return plan -> {
            List<DeadlineRule> rules = new ArrayList<>(plan.deadlines());
            DeadlineRule r = rules.get(index);
            boolean timed = timing == Timing.WITHIN || timing == Timing.REPEATING;
            rules.set(index, new DeadlineRule(r.id(), action, blankToNull(by), r.to(), timing,
                    timed ? duration : null, from, r.until(), r.levels(), r.categories(), r.form(), r.ifNotCalmed(),
                    edited(r.origin())));
            return plan.withDeadlines(rules);
        };
    }

    /**
     * The plan's response window of 立即 duties and its reminder interval after the top of the escalation chain, as
     * the office sets them: no longer the template's default.
     */
    UnaryOperator<ContingencyPlan> responseTimes(Duration immediately, Duration remindAfterTop) {
        return plan -> plan.withResponseTimes(new ResponseTimes(immediately, remindAfterTop,
                edited(plan.responseTimes().origin())));
    }

    /** The time within which the review must be finished after the response ends, as the office sets it. */
    UnaryOperator<ContingencyPlan> reviewTime(Duration within) {
        return plan -> plan.withReviewTime(new ReviewTime(within, edited(plan.reviewTime().origin())));
    }

    /**
     * A new rule at the end: {@code action} done by {@code by}, due at once from discovery until the office sets
     * its time limit in the form.
     */
    UnaryOperator<ContingencyPlan> addDeadline(String action, String by) {
        return plan -> {
            List<DeadlineRule> rules = new ArrayList<>(plan.deadlines());
            String id = uniqueId("office-rule-", candidate -> rules.stream().anyMatch(r -> candidate.equals(r.id())));
            rules.add(new DeadlineRule(id, action.strip(), by, null, Timing.IMMEDIATELY, null, StartPoint.DISCOVERY_TIME,
                    null, List.of(), List.of(), null, null, Origin.noted(addedNote)));
            return plan.withDeadlines(rules);
        };
    }

    UnaryOperator<ContingencyPlan> removeDeadline(int index) {
        return plan -> {
            List<DeadlineRule> rules = new ArrayList<>(plan.deadlines());
            rules.remove(index);
            return plan.withDeadlines(rules);
        };
    }

    UnaryOperator<ContingencyPlan> level(int index, String name, WarningColour colour, String definition) {
        return plan -> {
            List<WarningLevel> levels = new ArrayList<>(plan.levels());
            WarningLevel l = levels.get(index);
            levels.set(index, new WarningLevel(l.id(), l.rank(), name, colour, definition, l.match(), l.criteria(),
                    edited(l.origin())));
            return plan.withLevels(levels);
        };
    }

    /** Rewords a criterion of a level; a metric criterion also gets its threshold (null keeps it). */
    UnaryOperator<ContingencyPlan> updateCriterion(int levelIndex, int criterionIndex, String text, Long threshold) {
        return criteria(levelIndex, criteria -> {
            LevelCriterion c = criteria.get(criterionIndex);
            String t = text.strip();
            criteria.set(criterionIndex, reworded(c, t, threshold));
        });
    }

    private LevelCriterion reworded(LevelCriterion c, String text, Long threshold) {
        if (c instanceof ObservedCriterion o) {
            return new ObservedCriterion(o.id(), text, edited(o.origin()));
        }
        if (c instanceof OccurrenceCriterion o) {
            return new OccurrenceCriterion(o.id(), o.occurrence(), o.minSeverity(), text, edited(o.origin()));
        }
        MetricCriterion m = (MetricCriterion) c;
        return new MetricCriterion(m.id(), m.metric(), threshold == null ? m.threshold() : threshold, text,
                edited(m.origin()));
    }

    /** Adds a checklist criterion (ticked when observed) to a level; its id is unique in the plan. */
    UnaryOperator<ContingencyPlan> addObservedCriterion(int levelIndex, String text) {
        return plan -> {
            java.util.Set<String> taken = new java.util.HashSet<>();
            plan.levels().forEach(l -> l.criteria().forEach(c -> taken.add(c.id())));
            String id = uniqueId("office-criterion-", taken::contains);
            return criteria(levelIndex, criteria -> criteria.add(new ObservedCriterion(id, text.strip(),
                    Origin.noted(addedNote)))).apply(plan);
        };
    }

    UnaryOperator<ContingencyPlan> removeCriterion(int levelIndex, int criterionIndex) {
        return criteria(levelIndex, criteria -> criteria.remove(criterionIndex));
    }

    private static UnaryOperator<ContingencyPlan> criteria(int levelIndex,
                                                           java.util.function.Consumer<List<LevelCriterion>> change) {
        return plan -> {
            List<WarningLevel> levels = new ArrayList<>(plan.levels());
            WarningLevel l = levels.get(levelIndex);
            List<LevelCriterion> criteria = new ArrayList<>(l.criteria());
            change.accept(criteria);
            levels.set(levelIndex, new WarningLevel(l.id(), l.rank(), l.name(), l.colour(), l.definition(), l.match(),
                    criteria, l.origin()));
            return plan.withLevels(levels);
        };
    }

    /** Adds a period; its id is made unique among the plan's periods. */
    UnaryOperator<ContingencyPlan> addPeriod(SensitivePeriod period) {
        return plan -> {
            List<SensitivePeriod> periods = new ArrayList<>(plan.sensitivePeriods());
            String id = uniqueId("period-", candidate -> periods.stream().anyMatch(p -> candidate.equals(p.id())));
            periods.add(new SensitivePeriod(id, period.name(), period.dates(), period.raise(), Origin.noted(addedNote)));
            return plan.withSensitivePeriods(periods);
        };
    }

    UnaryOperator<ContingencyPlan> removePeriod(int index) {
        return plan -> {
            List<SensitivePeriod> periods = new ArrayList<>(plan.sensitivePeriods());
            periods.remove(index);
            return plan.withSensitivePeriods(periods);
        };
    }

    UnaryOperator<ContingencyPlan> mapUnit(int index, String rosterUnitName) {
        return plan -> {
            Organisation org = plan.organisation();
            List<PlanUnit> units = new ArrayList<>(org.units());
            PlanUnit u = units.get(index);
            units.set(index, new PlanUnit(u.id(), u.kind(), rosterUnitName.strip(), u.hostUnit(), u.posts(), u.duties(),
                    u.perIncident(), edited(u.origin())));
            return plan.withOrganisation(new Organisation(units, org.roles(), org.warningAuthority()));
        };
    }

    UnaryOperator<ContingencyPlan> mapRolePost(int index, String post) {
        return plan -> {
            Organisation org = plan.organisation();
            List<PlanRole> roles = new ArrayList<>(org.roles());
            PlanRole r = roles.get(index);
            roles.set(index, new PlanRole(r.id(), r.name(), r.unit(), blankToNull(post), edited(r.origin())));
            return plan.withOrganisation(new Organisation(org.units(), roles, org.warningAuthority()));
        };
    }

    UnaryOperator<ContingencyPlan> updateStep(int phaseIndex, int stepIndex, String text) {
        return steps(phaseIndex, (phase, steps) -> {
            ChecklistItem s = steps.get(stepIndex);
            steps.set(stepIndex, new ChecklistItem(s.id(), text.strip(), s.role(), s.form(), s.levels(), edited(s.origin())));
        });
    }

    UnaryOperator<ContingencyPlan> addStep(int phaseIndex, String text) {
        return steps(phaseIndex, (phase, steps) -> {
            String id = uniqueId(phase.id() + "-office-", candidate -> steps.stream().anyMatch(s -> candidate.equals(s.id())));
            steps.add(new ChecklistItem(id, text.strip(), null, null, List.of(), Origin.noted(addedNote)));
        });
    }

    UnaryOperator<ContingencyPlan> removeStep(int phaseIndex, int stepIndex) {
        return steps(phaseIndex, (phase, steps) -> steps.remove(stepIndex));
    }

    private interface StepChange {
        void apply(Phase phase, List<ChecklistItem> steps);
    }

    private static UnaryOperator<ContingencyPlan> steps(int phaseIndex, StepChange change) {
        return plan -> {
            List<Phase> phases = new ArrayList<>(plan.phases());
            Phase p = phases.get(phaseIndex);
            List<ChecklistItem> steps = new ArrayList<>(p.steps());
            change.apply(p, steps);
            phases.set(phaseIndex, new Phase(p.id(), p.name(), steps, p.origin()));
            return plan.withPhases(phases);
        };
    }

    static String uniqueId(String prefix, Predicate<String> taken) {
        int n = 1;
        while (taken.test(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private Origin edited(Origin origin) {
        return origin.defaulted() ? Origin.noted(changedNote) : origin;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
