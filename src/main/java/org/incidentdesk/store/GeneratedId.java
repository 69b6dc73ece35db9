package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;

/**
 * Runs an INSERT built with jOOQ and returns the identity the database generated, through JDBC's generated keys
 * (H2 and PostgreSQL both give them). jOOQ's own {@code returning(ID)} wraps every insert on H2 in
 * {@code SELECT ID FROM FINAL TABLE (INSERT …)}, which the store benchmark (BENCHMARKS.md, JFR of
 * {@code TimelineRepository.append}) found to be about 40 % of an append. The SQL of a statement whose shape never
 * changes can be kept by name ({@code shape}), so that jOOQ renders it once per dialect.
 */
final class GeneratedId {
    private static final Map<String, String> SQL_BY_SHAPE = new ConcurrentHashMap<>();

    private GeneratedId() {
    }

    /**
     * PostgreSQL's driver answers RETURN_GENERATED_KEYS with {@code RETURNING *}, every column, the first taken as
     * the key: the identity column is named instead (always {@code id} in this schema).
     */
    private static PreparedStatement prepare(Connection connection, SQLDialect dialect, String sql)
            throws SQLException {
        if (dialect.family() == SQLDialect.POSTGRES) {
            return connection.prepareStatement(sql, new String[] {"id"});
        }
        return connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    /** Inserts and returns the generated id; {@code shape} names a statement whose SQL is always the same, or null. */
    static long insert(DSLContext dsl, Query insert, String shape) {
        String sql = shape == null ? dsl.render(insert)
                : SQL_BY_SHAPE.computeIfAbsent(shape + "@" + dsl.dialect(), k -> dsl.render(insert));
        List<Object> binds = dsl.extractBindValues(insert);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepare(connection, dsl.dialect(), sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("no generated id from " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }
}
