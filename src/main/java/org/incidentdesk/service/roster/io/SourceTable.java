package org.incidentdesk.service.roster.io;

import java.util.List;

/** The rows of a roster file as read, before anything is checked; blank rows are already left out. */
record SourceTable(String format, String encoding, List<SourceRow> rows) {
    static final String CSV = "CSV";
    static final String XLSX = "XLSX";

    SourceTable {
        rows = List.copyOf(rows);
    }
}
