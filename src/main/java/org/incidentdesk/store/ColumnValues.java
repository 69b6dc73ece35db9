package org.incidentdesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a table as the copy reads and writes them: each value is read as the Java type its SQL type
 * means (a time with its zone as an {@link OffsetDateTime}, H2 and PostgreSQL alike) and written as such, and it
 * has one canonical text for the proof, the same whichever database it came from.
 */
final class ColumnValues {
    /** How a column's values travel. */
    enum Kind { TEXT, WHOLE, DECIMAL, FLOATING, BOOLEAN, BYTES, INSTANT, LOCAL_TIMESTAMP, DATE, TIME }

    record Column(String name, int sqlType, Kind kind) {
        Object read(ResultSet rows, int index) throws SQLException {
            Object value = switch (kind) {
                case TEXT -> rows.getString(index);
                case WHOLE -> rows.getLong(index);
                case DECIMAL -> rows.getBigDecimal(index);
                case FLOATING -> rows.getDouble(index);
                case BOOLEAN -> rows.getBoolean(index);
                case BYTES -> rows.getBytes(index);
                case INSTANT -> rows.getObject(index, OffsetDateTime.class);
                case LOCAL_TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
                case DATE -> rows.getObject(index, LocalDate.class);
                case TIME -> rows.getObject(index, LocalTime.class);
            };
            return rows.wasNull() ? null : value;
        }

        void write(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, sqlType);
            } else if (value instanceof Long whole && sqlType == Types.INTEGER) {
                statement.setInt(index, Math.toIntExact(whole));
            } else if (value instanceof Long whole && sqlType == Types.SMALLINT) {
                statement.setShort(index, (short) whole.longValue());
            } else {
                statement.setObject(index, value);
            }
        }

        /** The value's canonical text for the proof; null has a text no value has. */
        String canonical(Object value) {
            return switch (value) {
                case null -> "\u0000null";
                case OffsetDateTime at -> at.toInstant().toString();
                case BigDecimal number -> number.stripTrailingZeros().toPlainString();
                case byte[] bytes -> HexFormat.of().formatHex(bytes);
                default -> value.toString();
            };
        }
    }

    private ColumnValues() {
    }

    /** {@code INSERT INTO table (columns) VALUES (?, …)}, the columns in the given order. */
    static String insertSql(String table, List<Column> columns) {
        return "INSERT INTO " + table + " (" + names(columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
    }

    /** The columns' names, comma-separated, for a SELECT or an INSERT. */
    static String names(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    /** The columns of {@code table} in the target's catalogue, in their order there. */
    static List<Column> columnsOf(Connection target, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement s = target.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table
                + " WHERE 1 = 0")) {
            ResultSetMetaData meta = r.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                int type = meta.getColumnType(i);
                columns.add(new Column(meta.getColumnName(i).toLowerCase(Locale.ROOT), type,
                        kindOf(type, meta.getColumnTypeName(i))));
            }
        }
        return columns;
    }

    private static Kind kindOf(int sqlType, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        // PostgreSQL's driver reports timestamptz as TIMESTAMP; only the type's name tells them apart
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz") || name.contains("with time zone")) {
            return Kind.INSTANT;
        }
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.WHOLE;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOATING;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
            case Types.TIMESTAMP -> Kind.LOCAL_TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR -> Kind.TEXT;
            default -> throw new IllegalStateException("no copy for SQL type " + typeName + " (" + sqlType + ")");
        };
    }
}
