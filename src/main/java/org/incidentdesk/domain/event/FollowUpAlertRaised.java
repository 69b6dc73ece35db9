package org.incidentdesk.domain.event;

import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.domain.review.FollowUpStage;

/**
 * The scheduler raised a follow-up's alert: improvement action {@code id} or the review of incident
 * {@code incidentId} ({@link FollowUpKind#REVIEW}) is coming due or overdue; {@code late} when it fired after its
 * instant (the workstation was off).
 */
public record FollowUpAlertRaised(WorkstationId origin, long incidentId, FollowUpKind kind, long id,
                                  FollowUpStage stage, boolean late) implements FollowUpEvent {
}
