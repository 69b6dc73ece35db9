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

    public record Row(int rowNumber, String name, String unit, String action, List<String> problems) {
        public Row {
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }
}
