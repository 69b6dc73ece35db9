package org.incidentdesk.bench;

import java.util.Locale;

/**
 * How much a run measures. {@code full} (the default) takes the sizes the issue names (10,000 incidents, 200,000
 * timeline entries, 100,000 deadlines) and 7 runs of each figure; {@code quick} takes a tenth of the data and 2 runs,
 * to check in minutes that the harness works (its figures are not to be quoted). {@code -Dbench.runs=N} and
 * {@code -Dbench.size=F} override either.
 */
public record Scale(String name, int runs, double size) {
    public static Scale fromProperties() {
        Scale base = named(System.getProperty("bench.scale", "full"));
        int runs = Integer.getInteger("bench.runs", base.runs());
        String sizeText = System.getProperty("bench.size", "").strip();
        double size = sizeText.isEmpty() ? base.size() : Double.parseDouble(sizeText);
        return new Scale(base.name(), runs, size);
    }

    /** The scale of that name with its own runs and size. */
    static Scale named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "full", "" -> new Scale("full", 7, 1.0);
            case "quick" -> new Scale("quick", 2, 0.1);
            default -> throw new IllegalArgumentException("bench.scale: quick or full, not " + name);
        };
    }

    /** {@code full} at this run's size, at least 1. */
    public int of(int full) {
        return Math.max(1, (int) Math.round(full * size));
    }

    public boolean isFull() {
        return size >= 1.0 && runs >= 5;
    }
}
