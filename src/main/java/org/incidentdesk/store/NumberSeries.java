package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.NUMBER_SERIES;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.exception.SQLStateClass;

/**
 * The one allocator of running numbers (incidents, warnings, each 文号 prefix's documents), per series and year.
 * A number is taken by {@code UPDATE … SET last_number = last_number + 1} on the series' row and read back in
 * the same transaction: the update holds the row lock until commit (H2 and PostgreSQL alike), so a second
 * workstation's allocation waits and then counts on from the committed value, and a transaction that rolls back
 * returns its number with the rest of its work, leaving no gap.
 */
public final class NumberSeries {
    /** Which running numbers: incidents and warnings are one series each; documents one per 文号 prefix. */
    public record Series(String key) {
        public static final Series INCIDENTS = new Series("incident");
        public static final Series WARNINGS = new Series("warning");

        public static Series documents(String numberPrefix) {
            return new Series("document:" + numberPrefix);
        }
    }

    /** Taken once per incident, warning and document: rendered once (see {@link FixedSql}). */
    private static final FixedSql INCREMENT = FixedSql.of(dsl -> dsl.update(NUMBER_SERIES)
            .set(NUMBER_SERIES.LAST_NUMBER, NUMBER_SERIES.LAST_NUMBER.plus(DSL.inline(1)))
            .where(boundRow()));
    private static final FixedSql LAST = FixedSql.of(dsl -> dsl.select(NUMBER_SERIES.LAST_NUMBER).from(NUMBER_SERIES)
            .where(boundRow()));

    private final DSLContext dsl;

    NumberSeries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Takes the next number of {@code series} in {@code year} (1 for the year's first). */
    public int take(Series series, int year) {
        if (increment(series, year) == 0) {
            createRow(series, year);
            if (increment(series, year) != 1) {
                throw new IllegalStateException("number series " + series.key() + " " + year + " has no row");
            }
        }
        return last(series, year);
    }

    /** The number {@link #take} would give now; takes nothing. */
    public int peek(Series series, int year) {
        Integer last = LAST.fetchInt(dsl, series.key(), year);
        return last == null ? 1 : last + 1;
    }

    private int increment(Series series, int year) {
        return INCREMENT.execute(dsl, series.key(), year);
    }

    private int last(Series series, int year) {
        Integer last = LAST.fetchInt(dsl, series.key(), year);
        if (last == null) {
            throw new IllegalStateException("number series " + series.key() + " " + year + " has no row");
        }
        return last;
    }

    /**
     * Creates the year's row at 0, in a savepoint: when another workstation created it first (a duplicate key,
     * raised once its transaction commits), only the savepoint is rolled back and the caller increments theirs.
     * PostgreSQL would otherwise abort the whole transaction on the failed insert.
     */
    private void createRow(Series series, int year) {
        try {
            dsl.transaction(cfg -> cfg.dsl().insertInto(NUMBER_SERIES)
                    .set(NUMBER_SERIES.SERIES_KEY, series.key())
                    .set(NUMBER_SERIES.SERIES_YEAR, year)
                    .set(NUMBER_SERIES.LAST_NUMBER, 0)
                    .execute());
        } catch (DataAccessException e) {
            if (e.sqlStateClass() != SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw e;
            }
        }
    }

    /** The series' row, its key and year bound in that order. */
    private static Condition boundRow() {
        return NUMBER_SERIES.SERIES_KEY.eq(FixedSql.value(NUMBER_SERIES.SERIES_KEY))
                .and(NUMBER_SERIES.SERIES_YEAR.eq(FixedSql.value(NUMBER_SERIES.SERIES_YEAR)));
    }
}
