package org.incidentdesk.domain.review;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The incident's deadlines scored against the plan: {@code rows} are the deadlines that count (met, late, missed)
 * and those still pending, by due instant; {@code superseded} are listed apart and count for nothing (a re-assessed
 * level or the event's end made them unnecessary before they fell due).
 */
public record DeadlineScore(List<ScoredDeadline> rows, List<ScoredDeadline> superseded) {
    public DeadlineScore {
        rows = List.copyOf(rows);
        superseded = List.copyOf(superseded);
    }

    public int met() {
        return count(DeadlineOutcome.MET);
    }

    public int late() {
        return count(DeadlineOutcome.LATE);
    }

    public int missed() {
        return count(DeadlineOutcome.MISSED);
    }

    /** The deadlines that count: met + late + missed. */
    public int scored() {
        return met() + late() + missed();
    }

    /** Met in time out of those that count, 0…1; empty when none counts (no division by zero). */
    public OptionalDouble shareMet() {
        int scored = scored();
        return scored == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met() / scored);
    }

    /** The scored rows that evidence {@code section}, by due instant. */
    public List<ScoredDeadline> evidenceOf(PlanSection section) {
        return rows.stream().filter(r -> r.section() == section).toList();
    }

    private int count(DeadlineOutcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
