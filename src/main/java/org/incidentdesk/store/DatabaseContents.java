package org.incidentdesk.store;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a database file holds, read from the file itself: its schema version (the newest applied migration) and
 * the number of rows in each table, by table name in upper case.
 */
public record DatabaseContents(String schemaVersion, SortedMap<String, Long> rowCounts) {
    public DatabaseContents {
        rowCounts = new TreeMap<>(rowCounts);
    }

    public static DatabaseContents of(String schemaVersion, Map<String, Long> rowCounts) {
        return new DatabaseContents(schemaVersion, new TreeMap<>(rowCounts));
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
