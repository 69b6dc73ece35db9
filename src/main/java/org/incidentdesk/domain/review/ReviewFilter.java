package org.incidentdesk.domain.review;

import java.time.Instant;

/**
 * Which reviews the list shows, each condition null for "any": incidents discovered in {@code [from, to)}, of a
 * category, of a decided level, drills only ({@code drill} true) or real ones only (false).
 */
public record ReviewFilter(Instant from, Instant to, String categoryId, String levelId, Boolean drill) {
    public static final ReviewFilter ALL = new ReviewFilter(null, null, null, null, null);

    public boolean accepts(ReviewSummary r) {
        return (from == null || !r.discoveredAt().isBefore(from))
                && (to == null || r.discoveredAt().isBefore(to))
                && (categoryId == null || categoryId.equals(r.categoryId()))
                && (levelId == null || levelId.equals(r.levelId()))
                && (drill == null || drill == r.drill());
    }
}
