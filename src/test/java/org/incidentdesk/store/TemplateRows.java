package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a freshly migrated test database holds (the rows migrations seed, e.g. the audit chain's head), and how to
 * put a used one back to exactly that: delete every row children first, restart every identity at 1, insert the
 * seeded rows again. Flyway's history is left as it is (the same migrations).
 */
final class TemplateRows {
    /**
     * What a test could change besides rows (a test adds a constraint to make a write fail): a database whose schema
     * no longer matches the template's is not reused.
     */
    private static final String SCHEMA_FINGERPRINT = "SELECT md5(string_agg(x, ',' ORDER BY x)) FROM ("
            + "SELECT table_name || '.' || constraint_name FROM information_schema.table_constraints"
            + " WHERE table_schema = current_schema"
            + " UNION ALL SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':'"
            + " || COALESCE(column_default, '') FROM information_schema.columns WHERE table_schema = current_schema"
            + " UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema"
            + " UNION ALL SELECT tgname FROM pg_trigger WHERE NOT tgisinternal) s(x)";

    private final List<String> parentsFirst;
    private final List<IdentityColumns.Identity> identities;
    private final Map<String, List<Object[]>> seeded;
    private final Map<String, List<ColumnValues.Column>> columns;
    private final String schema;

    private TemplateRows(List<String> parentsFirst, List<IdentityColumns.Identity> identities, Map<String, List<Object[]>> seeded,
                         Map<String, List<ColumnValues.Column>> columns, String schema) {
        this.schema = schema;
        this.parentsFirst = parentsFirst;
        this.identities = identities;
        this.seeded = seeded;
        this.columns = columns;
    }

    static TemplateRows read(ServerAddress template) {
        try (Connection c = connect(template)) {
            List<String> order = TableOrder.parentsFirst(c);
            Map<String, List<Object[]>> seeded = new LinkedHashMap<>();
            Map<String, List<ColumnValues.Column>> columns = new LinkedHashMap<>();
            for (String table : order) {
                List<ColumnValues.Column> cols = ColumnValues.columnsOf(c, table);
                List<Object[]> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    while (r.next()) {
                        Object[] row = new Object[cols.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = cols.get(i).read(r, i + 1);
                        }
                        rows.add(row);
                    }
                }
                if (!rows.isEmpty()) {
                    seeded.put(table, rows);
                    columns.put(table, cols);
                }
            }
            List<IdentityColumns.Identity> identities = IdentityColumns.of(c);
            return new TemplateRows(order, identities, seeded, columns, fingerprint(c));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the test template " + template, e);
        }
    }

    /** Empties {@code database} back to the template's rows; false (nothing done) when its schema was changed. */
    boolean resetTo(ServerAddress database) {
        try (Connection c = connect(database)) {
            if (!schema.equals(fingerprint(c))) {
                return false;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : parentsFirst.reversed()) {
                    s.addBatch("DELETE FROM " + table);
                }
                s.executeBatch();
                if (!identities.isEmpty()) {
                    s.execute("SELECT " + String.join(", ", identities.stream().map(i -> i.setNext("1")).toList()));
                }
            }
            for (var entry : seeded.entrySet()) {
                List<ColumnValues.Column> cols = columns.get(entry.getKey());
                try (PreparedStatement insert = c.prepareStatement(ColumnValues.insertSql(entry.getKey(), cols))) {
                    for (Object[] row : entry.getValue()) {
                        for (int i = 0; i < row.length; i++) {
                            cols.get(i).write(insert, i + 1, row[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("emptying the test database " + database, e);
        }
    }

    private static String fingerprint(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(SCHEMA_FINGERPRINT)) {
            r.next();
            return r.getString(1);
        }
    }

    private static Connection connect(ServerAddress address) throws SQLException {
        return DriverManager.getConnection(address.url(), address.user(), address.password());
    }
}
