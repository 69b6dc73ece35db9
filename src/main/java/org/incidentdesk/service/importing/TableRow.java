package org.incidentdesk.service.importing;

import java.util.List;

/**
 * One non-blank row of an imported table: its number as a spreadsheet shows it (the first row is 1) and its cells
 * as read (not yet normalised); missing cells at the end are simply absent.
 */
public record TableRow(int number, List<String> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
