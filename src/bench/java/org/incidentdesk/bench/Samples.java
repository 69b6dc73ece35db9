package org.incidentdesk.bench;

import java.util.List;
import java.util.Locale;

/** Repeated measurements of one quantity in one unit ("ms", "s", "MB", "%"), summarised by nearest rank. */
public record Samples(String unit, List<Double> values) {
    public Samples {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples of " + unit);
        }
        values = List.copyOf(values);
    }

    public static Samples of(String unit, List<? extends Number> values) {
        return new Samples(unit, values.stream().map(Number::doubleValue).toList());
    }

    /** The value at percentile {@code p} (0–100), nearest rank. */
    public double percentile(double p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public double median() {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** "2.31 s" */
    public String format(double value) {
        return format(value, unit);
    }

    static String format(double value, String unit) {
        String number = Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return number + " " + unit;
    }

    /** The spread as the table shows it: the middle 80 % and the extremes, "1.20–1.60 (1.10–2.00)". */
    public String spread() {
        return String.format(Locale.ROOT, "p10–p90 %s–%s, min–max %s–%s, p99 %s, n=%d", plain(percentile(10)),
                plain(percentile(90)), plain(min()), plain(max()), plain(percentile(99)), values.size());
    }

    private static String plain(double value) {
        String withUnit = format(value, "");
        return withUnit.strip();
    }
}
