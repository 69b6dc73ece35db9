package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;

/**
 * Runs an INSERT built with jOOQ and returns the identity the database generated, through JDBC's generated keys
 * (H2 and PostgreSQL both give them). jOOQ's own {@code returning(ID)} wraps every insert on H2 in
 * {@code SELECT ID FROM FINAL TABLE (INSERT …)}, which the store benchmark (BENCHMARKS.md, JFR of
 * {@code TimelineRepository.append}) found to be about 40 % of an append. An insert whose shape never changes
 * is a {@link FixedSql} instead, rendered once.
 */
final class GeneratedId {
    private GeneratedId() {
    }

    /**
     * PostgreSQL's driver answers RETURN_GENERATED_KEYS with {@code RETURNING *}, every column, the first taken as
     * the key: the identity column is named instead (always {@code id} in this schema).
     */
    static PreparedStatement prepare(Connection connection, SQLDialect dialect, String sql) throws SQLException {
        if (dialect.family() == SQLDialect.POSTGRES) {
            return connection.prepareStatement(sql, new String[] {"id"});
        }
        return connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    /** Inserts and returns the generated id. */
    static long insert(DSLContext dsl, Query insert) {
        return insert(dsl, dsl.render(insert), dsl.extractBindValues(insert));
    }

    /** Runs the INSERT {@code sql} with {@code binds} in order and returns the generated id. */
    static long insert(DSLContext dsl, String sql, List<?> binds) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepare(connection, dsl.dialect(), sql)) {
                FixedSql.bind(statement, binds);
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
