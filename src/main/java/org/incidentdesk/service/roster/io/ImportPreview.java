package org.incidentdesk.service.roster.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What importing a file would do, row by row, before anything is written.
 *
 * @param format   "CSV" or "XLSX"
 * @param encoding "UTF-8", "UTF-8 (BOM)" or "GB18030" for a CSV file; null for XLSX
 */
public record ImportPreview(Path file, String format, String encoding, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public boolean hasProblems() {
        return rows.stream().anyMatch(ImportRow::hasProblems);
    }

    /** Every problem in the file, in row order. */
    public List<RowProblem> problems() {
        return rows.stream().flatMap(row -> row.problems().stream()).toList();
    }

    /** How many people rows would be added, updated or left unchanged (rows naming only a unit not counted). */
    public int people(RowAction action) {
        return (int) rows.stream().filter(row -> !row.namesUnitOnly() && row.action() == action).count();
    }

    public int peopleRows() {
        return (int) rows.stream().filter(row -> !row.namesUnitOnly()).count();
    }

    /** How many units the import would create. */
    public int unitsToCreate() {
        return (int) rows.stream().filter(ImportRow::createsUnit).map(ImportRow::unitName)
                .filter(Objects::nonNull).distinct().count();
    }
}
