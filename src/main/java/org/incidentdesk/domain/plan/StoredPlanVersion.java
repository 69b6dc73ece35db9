package org.incidentdesk.domain.plan;

import java.time.Instant;

/** One immutable version of an office plan as stored: the serialised plan document (YAML). */
public record StoredPlanVersion(long planId, int number, int schemaVersion, String content, Instant createdAt,
                                String createdBy) {
}
