package org.incidentdesk.service.plan.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidentdesk.domain.plan.PlanProblem;
import org.incidentdesk.service.importing.CellText;

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

    /**
     * Every problem with the file name and its line (looked up by path where not yet known), in line order; the
     * document's text quoted in them made safe to show ({@link CellText#forMessage}).
     */
    List<PlanProblem> located(String fileName, DocNode root) {
        return found.stream()
                .map(p -> p.located(fileName, p.line() > 0 ? p.line() : Lines.of(root, p.path())))
                .map(p -> new PlanProblem(p.file(), p.line(), CellText.forMessage(p.path(), 200), p.messageKey(),
                        p.args().stream().map(arg -> arg instanceof String text ? CellText.forMessage(text) : arg)
                                .toList()))
                .sorted(Comparator.comparingInt(PlanProblem::line))
                .toList();
    }
}
