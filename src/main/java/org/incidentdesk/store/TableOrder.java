package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The tables of a database's current schema and their foreign keys, read from its catalogue (H2 and PostgreSQL). */
final class TableOrder {
    /** A column that references its own table's key (a unit's parent unit). */
    record SelfReference(String column, String keyColumn) {
    }

    private TableOrder() {
    }

    /** The base tables of the current schema, lower case and sorted, Flyway's history left out. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'")) {
            while (r.next()) {
                String table = r.getString(1).toLowerCase(Locale.ROOT);
                if (!table.equals(DatabaseCopy.HISTORY)) {
                    tables.add(table);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    /** Every table after the tables its foreign keys reference (a reference to itself is left to the copy). */
    static List<String> parentsFirst(Connection c) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : tables(c)) {
            Set<String> referenced = new TreeSet<>();
            try (ResultSet keys = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(table, referenced);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (var entry : parents.entrySet()) {
                if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
                    ordered.add(entry.getKey());
                    placed.add(entry.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents.keySet());
            }
        }
        return ordered;
    }

    /**
     * The column of {@code table} that references the table's own single-column key, if any: its rows are copied
     * with it empty first and then set, so a unit may name a parent stored after it.
     */
    static Optional<SelfReference> selfReference(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<SelfReference> found = new ArrayList<>();
        try (ResultSet keys = meta.getImportedKeys(null, c.getSchema(), table)) {
            while (keys.next()) {
                if (keys.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
                    found.add(new SelfReference(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                }
            }
        }
        if (found.size() > 1) {
            throw new IllegalStateException(table + " references itself more than once: " + found);
        }
        return found.stream().findFirst();
    }
}
