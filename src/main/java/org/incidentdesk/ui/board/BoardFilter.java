package org.incidentdesk.ui.board;

import java.time.Instant;
import java.util.Locale;
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

    public boolean matches(BoardRow row, Instant now) {
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
        return containsAllWords(row.haystack());
    }

    private boolean containsAllWords(String haystack) {
        if (query == null || query.isBlank()) {
            return true;
        }
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
