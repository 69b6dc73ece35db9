package org.incidentdesk.domain.incident;

import java.time.Instant;

/** A monitoring keyword (监测关键词) set for an incident (R19). */
public record MonitoringKeyword(long id, long incidentId, String keyword, Instant addedAt, String addedBy) {
}
