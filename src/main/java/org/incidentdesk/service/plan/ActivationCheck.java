package org.incidentdesk.service.plan;

import java.util.Optional;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.MappingCheck;
import org.incidentdesk.domain.plan.OfficePlan;

/**
 * What the office should know before making a plan active: the plan (its current version), the plan it would
 * replace (empty when none is active, or when it is already the active one) and what of it the roster does
 * not cover.
 */
public record ActivationCheck(OfficePlan plan, ContingencyPlan content, Optional<OfficePlan> replaces,
                              MappingCheck mapping) {
}
