package org.incidentdesk.service.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.incidentdesk.domain.plan.ContingencyPlan;

/**
 * The stored plan versions incidents run under, read once each: a stored version never changes, and reading one
 * parses its document. Thread-safe.
 */
public final class PlanVersions {
    private final PlanService plans;
    private final Map<String, ContingencyPlan> read = new ConcurrentHashMap<>();

    public PlanVersions(PlanService plans) {
        this.plans = plans;
    }

    /** Version {@code number} of office plan {@code planId}. */
    public ContingencyPlan of(long planId, int number) {
        return read.computeIfAbsent(planId + "/" + number, key -> plans.version(planId, number).plan());
    }
}
