package org.incidentdesk.ui.board;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.incidentdesk.domain.incident.IncidentPhase;

/**
 * What the board shows: a level id ({@link #NO_LEVEL} for undecided), a category id, a unit with open tasks,
 * a phase, only incidents with an overdue task, and words to find in titles, facts and notes (all words
 * must occur). A null criterion lets everything through.
 */
public record BoardFilter(String levelId, String categoryId, String unit, IncidentPhase phase, boolean overdueOnly,
                          String query) {
    public static final String NO_LEVEL = "-";
    public static final BoardFilter ALL = new BoardFilter(null, null, null, null, false, "");

    /** The filter as a test of rows at {@code now}; the search words are split once, not per row. */
    public Predicate<BoardRow> at(Instant now) {
        List<String> words = query == null || query.isBlank() ? List.of()
                : List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        return row -> matches(row, now, words);
    }

    public boolean matches(BoardRow row, Instant now) {
        return at(now).test(row);
    }

    private boolean matches(BoardRow row, Instant now, List<String> words) {
        if (levelId != null && !levelId.equals(row.level() == null ? NO_LEVEL : row.level().id())) {
            return false;
        }
        if (categoryId != null && !categoryId.equals(row.categoryId())) {
            return false;
        }
        if (unit != null && !row.units().contains(unit)) {
            return false;
        }
        if (phase != null && phase != row.phase()) {
            return false;
        }
        if (overdueOnly && !row.overdueAt(now)) {
            return false;
        }
        for (String word : words) {
            if (!row.haystack().contains(word)) {
                return false;
            }
        }
        return true;
    }
}
