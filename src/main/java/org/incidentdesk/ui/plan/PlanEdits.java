package org.incidentdesk.ui.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
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

    UnaryOperator<ContingencyPlan> level(int index, String name, WarningColour colour, String definition) {
        return plan -> {
            List<WarningLevel> levels = new ArrayList<>(plan.levels());
            WarningLevel l = levels.get(index);
            levels.set(index, new WarningLevel(l.id(), l.rank(), name, colour, definition, l.match(), l.criteria(),
                    edited(l.origin())));
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
