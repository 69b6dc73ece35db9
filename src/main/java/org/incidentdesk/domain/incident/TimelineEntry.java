package org.incidentdesk.domain.incident;

import java.time.Instant;

/**
 * One row of an incident's 处置日志: what kind of event, when, who, the id of the record it concerns (a task,
 * assessment, evidence…, or null), and a short text. Written in the same transaction as the change itself.
 */
public record TimelineEntry(long id, long incidentId, TimelineKind kind, Instant at, String actor, Long subjectId,
                            String text) {
}
