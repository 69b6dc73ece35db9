package org.incidentdesk.domain.event;

/** Something about an incident's deadlines: a change of its state or alerts, or an alert that could not be sent. */
public sealed interface DeadlineEvent extends DomainEvent permits DeadlineChanged, AlertDeliveryFailed,
        CallAttemptLogged {
}
