package org.incidentdesk.domain.review;

import java.time.Instant;

/**
 * A 责任追究 record: who, what they did or failed to do, which deadline of the incident they missed (its id in
 * the scored rows; null when it concerns no deadline) and the decision taken.
 */
public record Accountability(long id, long incidentId, String person, String conduct, Long deadlineId,
                             String decision, Instant updatedAt, String updatedBy, int version) {
}
