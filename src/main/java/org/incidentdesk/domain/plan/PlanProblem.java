package org.incidentdesk.domain.plan;

import java.util.List;
import org.incidentdesk.domain.common.Messages;

/**
 * One thing wrong with a plan: where (file and line, when it was read from a file; the field path, e.g.
 * {@code deadlines[1].levels}) and what, as a message key with arguments translated through {@link Messages}.
 */
public record PlanProblem(String file, int line, String path, String messageKey, List<Object> args) {
    public PlanProblem {
        args = List.copyOf(args);
        path = path == null ? "" : path;
    }

    public static PlanProblem at(String path, String messageKey, Object... args) {
        return new PlanProblem(null, 0, path, messageKey, List.of(args));
    }

    public PlanProblem located(String fileName, int lineNumber) {
        return new PlanProblem(fileName, lineNumber, path, messageKey, args);
    }

    /** E.g. {@code college.yaml:57: deadlines[1].levels: 未知的级别“V”}. */
    public String describe(Messages messages) {
        String text = messages.get(messageKey, args.toArray());
        String where = path.isEmpty() ? "" : path + ": ";
        if (file == null) {
            return where + text;
        }
        return file + (line > 0 ? ":" + line : "") + ": " + where + text;
    }
}
