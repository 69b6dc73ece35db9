package org.incidentdesk.service.warning;

import org.incidentdesk.domain.common.TypedText;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.warning.WarningDraft;

/** The length limits and line handling of what is typed into a warning or an opinion, and the refusal of a bad one. */
final class WarningTextRules {
    static final int MAX_SCOPE = 1000;
    static final int MAX_LINE = 500;
    static final int MAX_REASON = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_JUDGEMENT = 2000;

    private WarningTextRules() {
    }

    static void checkText(WarningDraft draft, List<Violation> problems) {
        TypedText.checkPrinted("warning.scope", draft.scope(), MAX_SCOPE, problems);
        TypedText.check("warning.reason", draft.reason(), MAX_REASON, false, true, problems);
        lines(draft.items()).forEach(item -> TypedText.check("warning.items", item, MAX_LINE, false, false, problems));
        lines(draft.measures()).forEach(m -> TypedText.check("warning.measures", m, MAX_LINE, false, false, problems));
        problems.addAll(lineProblems("", lines(draft.items()), lines(draft.measures())));
    }

    static List<Violation> lineProblems(String scope, List<String> items, List<String> measures) {
        List<Violation> problems = new ArrayList<>();
        if (TypedText.length(scope) > MAX_SCOPE) {
            problems.add(Violation.of("warning.scope", "validation.tooLong", MAX_SCOPE));
        }
        if (items.stream().anyMatch(i -> TypedText.length(i) > MAX_LINE)) {
            problems.add(Violation.of("warning.items", "validation.tooLong", MAX_LINE));
        }
        if (measures.stream().anyMatch(i -> TypedText.length(i) > MAX_LINE)) {
            problems.add(Violation.of("warning.measures", "validation.tooLong", MAX_LINE));
        }
        return problems;
    }

    /** Lines as typed, stripped, blanks dropped; a line with a line break becomes several. */
    static List<String> lines(List<String> typed) {
        return typed.stream().flatMap(t -> t.lines()).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void refuseIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
