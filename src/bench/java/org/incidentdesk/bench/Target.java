package org.incidentdesk.bench;

import java.util.Locale;

/** What a row must reach: a ratio to its reference, or an absolute bound on a statistic of its samples. */
public sealed interface Target {
    /** Met, missed, or not applicable (no target, or nothing to compare). */
    enum Verdict { MET, MISSED, NONE }

    Verdict judge(Row row);

    /** In words, with the unit of the measured samples where the bound has one: "median < 20 ms". */
    String describe(String unit);

    /** The measured median over the reference's median at most {@code max}. */
    record RatioAtMost(double max) implements Target {
        @Override
        public Verdict judge(Row row) {
            return Double.isNaN(row.ratio()) ? Verdict.NONE : row.ratio() <= max ? Verdict.MET : Verdict.MISSED;
        }

        @Override
        public String describe(String unit) {
            return String.format(Locale.ROOT, "ratio ≤ %.1f", max);
        }
    }

    /** A statistic of the measured samples (median or a percentile) below {@code bound} in their unit. */
    record Below(double percentile, double bound) implements Target {
        public static Below median(double bound) {
            return new Below(50, bound);
        }

        @Override
        public Verdict judge(Row row) {
            return row.measured().percentile(percentile) < bound ? Verdict.MET : Verdict.MISSED;
        }

        @Override
        public String describe(String unit) {
            String stat = percentile == 50 ? "median" : String.format(Locale.ROOT, "p%.0f", percentile);
            return stat + " < " + Samples.format(bound, unit).replace(".00 ", " ").replace(".0 ", " ");
        }
    }

    /** Shown beside the figure, no target of its own. */
    record None() implements Target {
        @Override
        public Verdict judge(Row row) {
            return Verdict.NONE;
        }

        @Override
        public String describe(String unit) {
            return "—";
        }
    }
}
