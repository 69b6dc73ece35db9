package org.incidentdesk.store;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.TableRecord;

/** The version and who/when columns every changeable table has, filled the same way for each. */
final class RowStamps {
    private RowStamps() {
    }

    /** A new row: version 0, created and updated by {@code stamp}. */
    static <R extends TableRecord<R>> R created(R row, Stamp stamp) {
        set(row, "VERSION", Integer.class, 0);
        set(row, "CREATED_AT", OffsetDateTime.class, stamp.time());
        set(row, "CREATED_BY", String.class, stamp.who());
        return touched(row, stamp);
    }

    /** A changed row: the next version after {@code fromVersion}, updated by {@code stamp}. */
    static <R extends TableRecord<R>> R updated(R row, int fromVersion, Stamp stamp) {
        set(row, "VERSION", Integer.class, fromVersion + 1);
        return touched(row, stamp);
    }

    private static <R extends TableRecord<R>> R touched(R row, Stamp stamp) {
        set(row, "UPDATED_AT", OffsetDateTime.class, stamp.time());
        set(row, "UPDATED_BY", String.class, stamp.who());
        return row;
    }

    private static <T> void set(TableRecord<?> row, String column, Class<T> type, T value) {
        Field<T> field = row.getTable().field(column, type);
        if (field == null) {
            throw new IllegalStateException(row.getTable().getName() + " has no column " + column);
        }
        row.set(field, value);
    }
}
