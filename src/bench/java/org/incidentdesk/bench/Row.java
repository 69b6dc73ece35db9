package org.incidentdesk.bench;

/**
 * One line of BENCHMARKS.md: what was measured, its samples, the reference measured interleaved with it in the
 * same run (null where there is none, e.g. idle CPU), the target, and — written by the figure's code, never by
 * hand — what limits the figure when it misses its target (null when there is nothing to say).
 */
public record Row(String what, Samples measured, String referenceName, Samples reference, Target target,
                  String limits) {
    public static Row of(String what, Samples measured, String referenceName, Samples reference, Target target) {
        return new Row(what, measured, referenceName, reference, target, null);
    }

    public static Row alone(String what, Samples measured, Target target) {
        return new Row(what, measured, null, null, target, null);
    }

    public Row limitedBy(String why) {
        return new Row(what, measured, referenceName, reference, target, why);
    }

    /** Median over the reference's median; NaN without a reference. */
    public double ratio() {
        return reference == null ? Double.NaN : measured.median() / reference.median();
    }

    public Target.Verdict verdict() {
        return target.judge(this);
    }
}
