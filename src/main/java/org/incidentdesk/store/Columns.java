package org.incidentdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * One row's columns, read by their generated fields: from a jOOQ record, or straight from a JDBC result set that
 * selects every column of a table in its fields' order ({@link FixedSql#fetch}). A repository maps a row to its
 * domain record once, from either.
 */
interface Columns {
    <T> T get(Field<T> column);

    static Columns of(Record record) {
        return record::get;
    }

    /** The current row of {@code rows}, whose columns are {@code table}'s fields in order. */
    static Columns of(ResultSet rows, Table<?> table) {
        Map<Field<?>, Integer> positions = Positions.of(table);
        return new Columns() {
            @Override
            public <T> T get(Field<T> column) {
                Integer position = positions.get(column);
                if (position == null) {
                    throw new IllegalArgumentException(column + " is not a column of " + table);
                }
                try {
                    return rows.getObject(position, column.getType());
                } catch (SQLException e) {
                    throw new DataAccessException("reading " + column + " of " + table, e);
                }
            }
        };
    }

    /** Each table's columns by their place (1 for the first), by identity: generated fields are constants. */
    final class Positions {
        private static final Map<Table<?>, Map<Field<?>, Integer>> BY_TABLE = new ConcurrentHashMap<>();

        private Positions() {
        }

        static Map<Field<?>, Integer> of(Table<?> table) {
            return BY_TABLE.computeIfAbsent(table, t -> {
                Map<Field<?>, Integer> positions = new IdentityHashMap<>();
                Field<?>[] fields = t.fields();
                for (int i = 0; i < fields.length; i++) {
                    positions.put(fields[i], i + 1);
                }
                return positions;
            });
        }
    }
}
