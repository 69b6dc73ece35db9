package org.incidentdesk.domain.review;

import java.time.Instant;

/**
 * A change to the plan a lesson of a review proposed, in words: part of the draft of version
 * {@code basedOnVersion + 1} of office plan {@code planId} until a saved version ({@code adoptedVersion})
 * adopts it. {@code incidentNumber} and {@code lessonKind}/{@code lessonText} say where it came from (the link back to the review).
 */
public record PlanRevisionProposal(long id, long incidentId, String incidentNumber, long lessonId,
                                   LessonKind lessonKind, String lessonText, long planId, int basedOnVersion, RevisionKind kind,
                                   String change, ProposalState state, Integer adoptedVersion, Instant createdAt,
                                   String createdBy, int version) {
    /** The plan version this proposal is a draft of. */
    public int draftVersion() {
        return basedOnVersion + 1;
    }
}
