package org.incidentdesk.domain.review;

import java.time.Instant;

/**
 * The after-action review (总结评估) of one ended incident: one review per incident, identified by the incident's id.
 * {@code drill} marks the review of a drill's incident (演练), kept apart from real ones in the figures.
 * {@code finishedAt}/{@code finishedBy} are set while it is {@link ReviewState#FINISHED}. {@code version} is the
 * row's optimistic-locking version.
 */
public record Review(long incidentId, ReviewState state, boolean drill, Instant createdAt, String createdBy,
                     Instant finishedAt, String finishedBy, Instant updatedAt, String updatedBy, int version) {

    public boolean finished() {
        return state == ReviewState.FINISHED;
    }
}
