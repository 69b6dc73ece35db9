package org.incidentdesk.service.roster.io;

import java.util.List;

/** One row of a roster file: its number as a spreadsheet shows it (the header is row 1) and its cells. */
record SourceRow(int number, List<String> cells) {
    SourceRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
