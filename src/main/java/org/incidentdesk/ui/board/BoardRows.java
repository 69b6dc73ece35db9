package org.incidentdesk.ui.board;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Keeping the board's lists in order while one incident's row changes, without touching the other rows. */
final class BoardRows {
    private BoardRows() {
    }

    /**
     * Puts {@code row} in {@code list} in place of the row of incident {@code incidentId}, or removes that row when
     * {@code row} is null; a row not yet in the list goes where its number puts it (newest first), as a full read
     * orders the board.
     */
    static void place(List<BoardRow> list, long incidentId, BoardRow row) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == incidentId) {
                if (row == null) {
                    list.remove(i);
                } else if (!row.equals(list.get(i))) {
                    list.set(i, row);
                }
                return;
            }
        }
        if (row != null) {
            int at = 0;
            while (at < list.size() && list.get(at).number().compareTo(row.number()) > 0) {
                at++;
            }
            list.add(at, row);
        }
    }

    /** The units that hold open tasks on any of the rows, sorted, each once (the unit filter's choices). */
    static List<String> unitNames(Collection<BoardRow> rows) {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(r -> names.addAll(r.units()));
        return List.copyOf(names);
    }
}
