package org.incidentdesk.domain.incident;

import java.time.Instant;

/**
 * One row of an incident's 处置日志: when, who, the typed {@link TimelineFact}, and beside it any text a person
 * wrote (a note, a task's description, a reason; null when none). {@code migrated} marks a row converted from
 * the text-only record of before V11. Rendered for people only by {@link TimelineRenderer}; no code reads
 * meaning out of its text.
 */
public record TimelineEntry(long id, long incidentId, Instant at, String actor, TimelineFact fact,
                            String personText, boolean migrated) {
    public TimelineKind kind() {
        return fact.kind();
    }
}
