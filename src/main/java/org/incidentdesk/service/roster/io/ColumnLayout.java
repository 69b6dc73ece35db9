package org.incidentdesk.service.roster.io;

import java.util.EnumMap;
import java.util.Map;
import org.incidentdesk.service.importing.CellText;
import org.incidentdesk.service.importing.ColumnLetters;
import org.incidentdesk.service.importing.FormulaGuard;

/** Where each known column sits in a file, read from its header row; unknown columns (e.g. 序号) are ignored. */
final class ColumnLayout {
    private final Map<RosterColumn, Integer> indexes;

    private ColumnLayout(Map<RosterColumn, Integer> indexes) {
        this.indexes = indexes;
    }

    /**
     * @throws RosterFileException when a required column is missing or a column appears twice
     */
    static ColumnLayout fromHeader(SourceRow header, String fileName) {
        Map<RosterColumn, Integer> indexes = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = header.cell(i);
            for (RosterColumn column : RosterColumn.values()) {
                if (!column.matches(cell)) {
                    continue;
                }
                Integer earlier = indexes.putIfAbsent(column, i);
                if (earlier != null) {
                    throw new RosterFileException("rosterio.file.duplicateColumn", fileName,
                            column.bilingualHeader(), ColumnLetters.of(earlier), ColumnLetters.of(i));
                }
            }
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !indexes.containsKey(column)) {
                throw new RosterFileException("rosterio.file.missingColumn", fileName, column.bilingualHeader(),
                        header.number());
            }
        }
        return new ColumnLayout(indexes);
    }

    boolean has(RosterColumn column) {
        return indexes.containsKey(column);
    }

    /**
     * The cell's text normalised ({@link CellText#normalize}), without surrounding blanks and without the mark an
     * export puts on formula-like text, or null when it is blank or the column is absent.
     */
    String value(SourceRow row, RosterColumn column) {
        Integer index = indexes.get(column);
        if (index == null) {
            return null;
        }
        String text = FormulaGuard.unguard(CellText.normalize(row.cell(index)).strip());
        return text.isEmpty() ? null : text;
    }

    /** True when every known column of the row is blank, whatever unknown columns such as 序号 hold. */
    boolean isBlank(SourceRow row) {
        return indexes.keySet().stream().allMatch(column -> value(row, column) == null);
    }
}
