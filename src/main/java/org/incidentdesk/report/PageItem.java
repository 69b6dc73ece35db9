package org.incidentdesk.report;

import static org.incidentdesk.report.Grid.LINE;

import java.util.List;

/**
 * Something the pagination places: a grid line, a table row. {@code keepWithPrevious} chains it to the item
 * before (they move to a new page together); {@code header} is the table header repeated above a row that starts
 * a page; {@code breakBefore} starts a new page.
 */
record PageItem(float height, List<Op> ops, boolean onGrid, boolean keepWithPrevious, PageItem header,
                boolean breakBefore) {
    static PageItem line(List<Op> ops) {
        return new PageItem(LINE, ops, true, false, null, false);
    }

    PageItem kept() {
        return new PageItem(height, ops, onGrid, true, header, breakBefore);
    }
}
