package org.incidentdesk.service.plan;

import java.time.Instant;
import org.incidentdesk.domain.plan.ContingencyPlan;

/** One immutable version of an office plan, read back into a plan. */
public record PlanVersion(long planId, int number, ContingencyPlan plan, Instant createdAt, String createdBy) {
}
