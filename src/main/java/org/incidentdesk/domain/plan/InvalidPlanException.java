package org.incidentdesk.domain.plan;

import java.util.List;

/** A plan was refused; carries every problem found, not just the first. Nothing was stored. */
public class InvalidPlanException extends RuntimeException {
    private final List<PlanProblem> problems;

    public InvalidPlanException(List<PlanProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }

    private static String summary(List<PlanProblem> problems) {
        if (problems.isEmpty()) {
            return "invalid plan";
        }
        PlanProblem first = problems.get(0);
        return problems.size() + " problem(s), first: " + (first.file() == null ? "" : first.file() + ":" + first.line() + ": ")
                + first.path() + " " + first.messageKey() + " " + first.args();
    }
}
