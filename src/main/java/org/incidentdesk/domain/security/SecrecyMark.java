package org.incidentdesk.domain.security;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.TypedText;
import org.incidentdesk.domain.common.Violation;

/**
 * A secrecy mark (密级) with, for a classified incident or document, its term (保密期限): printed as
 * {@code 机密★1年} in the 版头 (GB/T 9704 §7.2.3, see {@code report.PrintedSecrecy}). An unmarked one ({@link #NONE}) has
 * no term.
 */
public record SecrecyMark(Secrecy level, String term) {
    public static final SecrecyMark NONE = new SecrecyMark(Secrecy.NONE, null);
    public static final int MAX_TERM = 40;

    public SecrecyMark {
        level = level == null ? Secrecy.NONE : level;
        term = level == Secrecy.NONE || term == null || term.isBlank() ? null : term.strip();
    }

    /** What is wrong with the term a person typed (too long, control characters), naming {@code field}. */
    public static List<Violation> check(String field, String term) {
        List<Violation> problems = new ArrayList<>();
        TypedText.check(field, term, MAX_TERM, false, false, problems);
        return problems;
    }

    public boolean classified() {
        return level != Secrecy.NONE;
    }

    /** The stricter of the two marks; on equal levels this one (its term). */
    public SecrecyMark atLeast(SecrecyMark other) {
        return other.level.ordinal() > level.ordinal() ? other : this;
    }
}
