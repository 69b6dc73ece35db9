package org.incidentdesk.domain.plan;

import java.time.Instant;

/**
 * An office's own plan, adapted from a template (or imported). Its content lives in immutable numbered
 * versions; {@code currentVersion} is the one new incidents start under. Exactly one office plan is active.
 * {@code version} is the row's (not a plan version number): it guards against two workstations editing at once.
 */
public record OfficePlan(long id, String name, String templateId, boolean active, int currentVersion,
                         int version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
