package org.incidentdesk.ui.roster;

import java.util.List;
import org.incidentdesk.service.roster.io.ImportPreview;

/**
 * What the import preview dialog shows: where the file came from, what importing it would do, and every row
 * with its problems. {@code canApply} is false while any row has a problem: nothing is written then.
 */
public record ImportReview(ImportPreview preview, String source, String summary, List<Row> rows, boolean canApply) {
    public ImportReview {
        rows = List.copyOf(rows);
    }

    /** The rows with problems first (each group in file order), so what needs fixing is at the top. */
    public List<Row> problemsFirst() {
        return rows.stream().sorted(java.util.Comparator.comparing((Row row) -> !row.hasProblems())
                .thenComparingInt(Row::rowNumber)).toList();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(Row::hasProblems).count();
    }

    /** {@code changes} says, for a row that updates a person, what changes ("手机：… → …"). */
    public record Row(int rowNumber, String name, String unit, String action, List<String> changes, List<String> problems) {
        public Row {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }
}
