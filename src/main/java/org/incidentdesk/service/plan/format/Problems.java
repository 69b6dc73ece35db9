package org.incidentdesk.service.plan.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidentdesk.domain.plan.PlanProblem;

/**
 * The problems found in one document. A problem found while mapping a field hides the checker's later
 * problems on the same field or inside it, so one mistake is reported once (a duration that does not parse
 * is not also reported as missing).
 */
final class Problems {
    private final List<PlanProblem> found = new ArrayList<>();

    void add(String path, String messageKey, Object... args) {
        found.add(PlanProblem.at(path, messageKey, args));
    }

    void addAll(List<PlanProblem> problems) {
        found.addAll(problems);
    }

    /** Adds the checker's problems, except where mapping already reported the field or an enclosing one. */
    void addUnlessCovered(List<PlanProblem> checks) {
        List<PlanProblem> earlier = List.copyOf(found);
        for (PlanProblem check : checks) {
            boolean covered = earlier.stream().anyMatch(p -> covers(p.path(), check.path()));
            if (!covered) {
                found.add(check);
            }
        }
    }

    private static boolean covers(String outer, String inner) {
        return !outer.isEmpty() && (inner.equals(outer) || inner.startsWith(outer + ".") || inner.startsWith(outer + "["));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem with the file name and its line (looked up by path where not yet known), in line order. */
    List<PlanProblem> located(String fileName, DocNode root) {
        return found.stream()
                .map(p -> p.located(fileName, p.line() > 0 ? p.line() : Lines.of(root, p.path())))
                .sorted(Comparator.comparingInt(PlanProblem::line))
                .toList();
    }
}
