package org.incidentdesk.store;

import java.time.OffsetDateTime;
import org.incidentdesk.domain.common.StaleDataException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * The version and who/when columns every changeable table has, filled the same way for each, and the one
 * optimistic-lock idiom: an update or delete names the version it read, and a row changed since is refused
 * with a {@link StaleDataException} that says who changed it and when, where the table records that.
 */
final class RowStamps {
    /** The version of a row just inserted. */
    static final int FIRST_VERSION = 0;
    private static final String VERSION = "VERSION";
    private static final String CREATED_AT = "CREATED_AT";
    private static final String CREATED_BY = "CREATED_BY";
    private static final String UPDATED_AT = "UPDATED_AT";
    private static final String UPDATED_BY = "UPDATED_BY";

    private RowStamps() {
    }

    /** A new row: version 0, created and updated by {@code stamp} (where the table has those columns). */
    static <R extends TableRecord<R>> R created(R row, Stamp stamp) {
        set(row, VERSION, Integer.class, FIRST_VERSION);
        setIfPresent(row, CREATED_AT, OffsetDateTime.class, stamp.time());
        setIfPresent(row, CREATED_BY, String.class, stamp.who());
        return touched(row, stamp);
    }

    /** A changed row: the next version after {@code fromVersion}, updated by {@code stamp}. */
    static <R extends TableRecord<R>> R updated(R row, int fromVersion, Stamp stamp) {
        set(row, VERSION, Integer.class, fromVersion + 1);
        return touched(row, stamp);
    }

    /**
     * Writes the columns set on {@code changes} to the row {@code row} selects, stamped as {@link #updated},
     * provided its version is still {@code readVersion}; otherwise refuses the edit as stale.
     */
    static <R extends TableRecord<R>> void update(DSLContext dsl, R changes, Condition row, int readVersion,
                                                  Stamp stamp, String entity, Object shownId) {
        Table<R> table = changes.getTable();
        int rows = dsl.update(table).set(updated(changes, readVersion, stamp))
                .where(row.and(version(table).eq(readVersion)))
                .execute();
        if (rows != 1) {
            throw stale(dsl, table, row, entity, shownId);
        }
    }

    /**
     * Writes the columns set on {@code changes} to every row {@code rows} selects without a version check (the
     * condition itself is the guard, or the change must not conflict: a child row added), moving each to its next
     * version, stamped by {@code stamp}. Returns how many rows changed.
     */
    static <R extends TableRecord<R>> int touch(DSLContext dsl, R changes, Condition rows, Stamp stamp) {
        Table<R> table = changes.getTable();
        Field<Integer> version = version(table);
        return dsl.update(table).set(touched(changes, stamp)).set(version, version.plus(1)).where(rows).execute();
    }

    /** Deletes the row {@code row} selects, provided its version is still {@code readVersion}; otherwise stale. */
    static void delete(DSLContext dsl, Table<?> table, Condition row, int readVersion, String entity, Object shownId) {
        if (dsl.deleteFrom(table).where(row.and(version(table).eq(readVersion))).execute() != 1) {
            throw stale(dsl, table, row, entity, shownId);
        }
    }

    /**
     * The refusal of an edit to a row changed since it was read: naming who changed it last and when, where the
     * table records that and the row is still there; a removed row is only named.
     */
    static StaleDataException stale(DSLContext dsl, Table<?> table, Condition row, String entity, Object shownId) {
        Field<String> by = table.field(UPDATED_BY, String.class);
        Field<OffsetDateTime> at = table.field(UPDATED_AT, OffsetDateTime.class);
        if (by == null || at == null) {
            return new StaleDataException(entity, shownId);
        }
        return dsl.select(by, at).from(table).where(row).fetchOptional()
                .map(r -> new StaleDataException(entity, shownId, r.value1(), Times.instant(r.value2())))
                .orElseGet(() -> new StaleDataException(entity, shownId));
    }

    private static Field<Integer> version(Table<?> table) {
        Field<Integer> version = table.field(VERSION, Integer.class);
        if (version == null) {
            throw new IllegalStateException(table.getName() + " has no column " + VERSION);
        }
        return version;
    }

    private static <R extends TableRecord<R>> R touched(R row, Stamp stamp) {
        setIfPresent(row, UPDATED_AT, OffsetDateTime.class, stamp.time());
        setIfPresent(row, UPDATED_BY, String.class, stamp.who());
        return row;
    }

    private static <T> void set(TableRecord<?> row, String column, Class<T> type, T value) {
        if (!setIfPresent(row, column, type, value)) {
            throw new IllegalStateException(row.getTable().getName() + " has no column " + column);
        }
    }

    /** Sets the column where the table has it (a handover records its confirmer in columns of its own). */
    private static <T> boolean setIfPresent(TableRecord<?> row, String column, Class<T> type, T value) {
        Field<T> field = row.getTable().field(column, type);
        if (field != null) {
            row.set(field, value);
        }
        return field != null;
    }
}
