package org.incidentdesk.domain.incident;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The event's indicators at one moment (R8): reads (关注度), reposts, comments (跟帖数), likes, the platform's
 * heat index (热点指数) and the stage the event is in. A null figure was not reported.
 */
public record MetricPoint(long id, long incidentId, OffsetDateTime at, Long reads, Long reposts, Long comments,
                          Long likes, Long heatIndex, String stage, Instant recordedAt, String recordedBy) {
    public MetricPoint {
        stage = Text.orEmpty(stage);
    }

    /** The figures of a new point, before it is stored. */
    public record Figures(OffsetDateTime at, Long reads, Long reposts, Long comments, Long likes, Long heatIndex,
                          String stage) {
    }
}
