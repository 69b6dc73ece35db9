package org.incidentdesk.domain.event;

/** Something about the written part of an incident's review or its follow-ups (actions, the review's due date). */
public sealed interface FollowUpEvent extends DomainEvent permits ReviewWrittenChanged, FollowUpAlertRaised {
    long incidentId();
}
