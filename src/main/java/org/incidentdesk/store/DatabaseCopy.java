package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Moves an office to shared mode (issue 19.7): copies every row of a database (the embedded H2 file) into a new,
 * empty PostgreSQL database, which it first gives this program's schema, and proves the copy: each table's row
 * count and a hash over its rows ({@link TableDigest}), computed on both sides from what each database returns.
 * The rows go in one transaction: a copy that fails leaves the target with its schema and no rows of the office.
 * Flyway's history is not copied: the target's own records the same versions, applied by the same program.
 */
public final class DatabaseCopy {
    static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 1_000;

    /** One table's proof: the rows and hash read back from each side. */
    public record TableProof(String table, long sourceRows, String sourceHash, long targetRows, String targetHash) {
        public boolean matches() {
            return sourceRows == targetRows && sourceHash.equals(targetHash);
        }
    }

    /** The target already holds tables: a copy goes only into a new, empty database. */
    public static final class TargetNotEmptyException extends RuntimeException {
        private final List<String> tables;

        TargetNotEmptyException(String target, List<String> tables) {
            super(target + " is not empty: " + tables);
            this.tables = List.copyOf(tables);
        }

        public List<String> tables() {
            return tables;
        }
    }

    private DatabaseCopy() {
    }

    /**
     * Copies {@code source} into the empty database at {@code target} and returns the proof of every table (the
     * caller says whether each matched). Refuses a target that holds any table, before writing anything there.
     */
    public static List<TableProof> copy(Database source, ServerAddress target) {
        List<String> present = tablesOf(target);
        if (!present.isEmpty()) {
            throw new TargetNotEmptyException(target.display(), present);
        }
        try (Database copy = Database.openServer(target)) {
            List<String> tables = copyOrder(copy.dataSource());
            copyRows(source.dataSource(), copy.dataSource(), tables);
            return prove(source.dataSource(), copy.dataSource(), tables);
        } catch (SQLException e) {
            throw DatabaseUnavailableException.wrap(target.display(), e);
        }
    }

    /** The base tables of the connection's current schema, in lower case, Flyway's history left out. */
    private static List<String> tablesOf(ServerAddress target) {
        try (Connection c = ServerConnections.dataSource(target).getConnection()) {
            return TableOrder.tables(c);
        } catch (SQLException e) {
            throw DatabaseUnavailableException.wrap(target.display(), e);
        }
    }

    /** The target's tables, each after those its foreign keys reference. */
    private static List<String> copyOrder(DataSource target) throws SQLException {
        try (Connection c = target.getConnection()) {
            return TableOrder.parentsFirst(c);
        }
    }

    private static void copyRows(DataSource source, DataSource target, List<String> tables) throws SQLException {
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            from.setReadOnly(true);
            to.setAutoCommit(false);
            try {
                // rows the migrations seeded (the audit chain's head) give way to the office's own
                try (Statement s = to.createStatement()) {
                    for (String table : tables.reversed()) {
                        s.executeUpdate("DELETE FROM " + table);
                    }
                }
                for (String table : tables) {
                    copyTable(from, to, table);
                }
                IdentityColumns.continueAfterCopiedRows(to);
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            }
        }
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        List<ColumnValues.Column> columns = ColumnValues.columnsOf(to, table);
        String names = ColumnValues.names(columns);
        Optional<TableOrder.SelfReference> self = TableOrder.selfReference(to, table);
        int selfIndex = self.map(ref -> indexOf(columns, ref.column())).orElse(-1);
        int keyIndex = self.map(ref -> indexOf(columns, ref.keyColumn())).orElse(-1);
        List<Object[]> laterLinks = new ArrayList<>();
        try (Statement read = from.createStatement();
             PreparedStatement write = to.prepareStatement(ColumnValues.insertSql(table, columns))) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery("SELECT " + names + " FROM " + table)) {
                while (rows.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        ColumnValues.Column column = columns.get(i);
                        Object value = column.read(rows, i + 1);
                        if (i == selfIndex && value != null) {
                            laterLinks.add(new Object[] {columns.get(keyIndex).read(rows, keyIndex + 1), value});
                            value = null; // the row it names may come later: linked once all rows are in
                        }
                        column.write(write, i + 1, value);
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        if (self.isPresent()) {
            link(to, table, self.get(), columns.get(keyIndex), columns.get(selfIndex), laterLinks);
        }
    }

    private static void link(Connection to, String table, TableOrder.SelfReference self, ColumnValues.Column key,
                             ColumnValues.Column reference, List<Object[]> links) throws SQLException {
        try (PreparedStatement update = to.prepareStatement("UPDATE " + table + " SET " + self.column() + " = ? WHERE "
                + self.keyColumn() + " = ?")) {
            for (Object[] link : links) {
                reference.write(update, 1, link[1]);
                key.write(update, 2, link[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static int indexOf(List<ColumnValues.Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + name);
    }

    /** Counts and hashes every table on both sides, reading the target's committed rows afresh. */
    private static List<TableProof> prove(DataSource source, DataSource target, List<String> tables)
            throws SQLException {
        Map<String, TableProof> proofs = new LinkedHashMap<>();
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            for (String table : tables.stream().sorted().toList()) {
                List<ColumnValues.Column> columns = ColumnValues.columnsOf(to, table);
                TableDigest sourceDigest = TableDigest.of(from, table, columns);
                TableDigest targetDigest = TableDigest.of(to, table, columns);
                proofs.put(table, new TableProof(table.toLowerCase(Locale.ROOT), sourceDigest.rows(),
                        sourceDigest.hash(), targetDigest.rows(), targetDigest.hash()));
            }
        }
        return new ArrayList<>(proofs.values());
    }
}
