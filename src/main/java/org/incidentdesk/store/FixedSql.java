package org.incidentdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A statement whose shape never changes and that runs once per row of the program's busiest writes (a timeline
 * entry, a number taken from a series): jOOQ builds and renders it once per dialect from a template whose
 * values are {@linkplain #value parameters}, and each run binds the values, in the template's order, straight
 * to a JDBC statement. The store benchmark (BENCHMARKS.md, JFR) found building the query, rendering it and
 * extracting its bind values again for every row to be a fifth of an insert, and as much again for each number.
 */
final class FixedSql {
    private final Function<DSLContext, Query> template;
    private final Map<SQLDialect, String> rendered = new ConcurrentHashMap<>();

    private FixedSql(Function<DSLContext, Query> template) {
        this.template = template;
    }

    /** A statement built by {@code template}, its values {@link #value parameters}. */
    static FixedSql of(Function<DSLContext, Query> template) {
        return new FixedSql(template);
    }

    /** An INSERT of {@code columns} into {@code table}, bound in the columns' order. */
    static FixedSql insert(Table<?> table, Field<?>... columns) {
        List<Field<?>> fields = Arrays.asList(columns);
        return new FixedSql(dsl -> dsl.insertInto(table).columns(fields)
                .values(fields.stream().<Field<?>>map(FixedSql::value).toList()));
    }

    /** The place of one bound value of {@code column}'s type in a template. */
    static <T> Param<T> value(Field<T> column) {
        return DSL.param(column.getName(), column.getDataType());
    }

    /** Runs the statement with {@code values}; returns the rows changed. */
    int execute(DSLContext dsl, Object... values) {
        String sql = sql(dsl, values.length);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, Arrays.asList(values));
                return statement.executeUpdate();
            }
        });
    }

    /** Runs the INSERT with {@code values} and returns the identity the database generated. */
    long insert(DSLContext dsl, Object... values) {
        return GeneratedId.insert(dsl, sql(dsl, values.length), Arrays.asList(values));
    }

    /** Runs the query with {@code values}; its first row's first column as an int, or null without a row. */
    Integer fetchInt(DSLContext dsl, Object... values) {
        String sql = sql(dsl, values.length);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, Arrays.asList(values));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : null;
                }
            }
        });
    }

    /**
     * Runs a query that selects every column of {@code table} in its fields' order and maps each row, read
     * straight from JDBC: jOOQ materialising a record for every row was half of reading the incidents (JFR of the
     * store and board benchmarks).
     */
    <T> List<T> fetch(DSLContext dsl, Table<?> table, Function<Columns, T> map, Object... values) {
        String sql = sql(dsl, values.length);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, Arrays.asList(values));
                List<T> mapped = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    Columns columns = Columns.of(rows, table);
                    while (rows.next()) {
                        mapped.add(map.apply(columns));
                    }
                }
                return mapped;
            }
        });
    }

    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private String sql(DSLContext dsl, int values) {
        return rendered.computeIfAbsent(dsl.dialect(), dialect -> {
            Query query = template.apply(dsl);
            int parameters = dsl.extractBindValues(query).size();
            if (parameters != values) {
                throw new IllegalStateException(parameters + " parameters in " + dsl.render(query) + ", " + values
                        + " values given");
            }
            return dsl.render(query);
        });
    }
}
