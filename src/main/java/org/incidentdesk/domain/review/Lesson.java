package org.incidentdesk.domain.review;

import java.time.Instant;
import java.util.List;

/**
 * A lesson of an incident's review: 成功经验 or 暴露问题, in the reviewer's words, about the timeline entries
 * {@code entryIds} (ids of {@link org.incidentdesk.domain.incident.TimelineEntry}, in the order they happened).
 */
public record Lesson(long id, long incidentId, LessonKind kind, String text, List<Long> entryIds,
                     Instant updatedAt, String updatedBy, int version) {
    public Lesson {
        entryIds = List.copyOf(entryIds);
    }
}
