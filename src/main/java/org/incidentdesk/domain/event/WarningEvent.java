package org.incidentdesk.domain.event;

/** A change to the office's warnings: a warning issued, approved, adjusted or lifted, or a notice acknowledged. */
public sealed interface WarningEvent extends DomainEvent permits WarningChanged, NoticeAcknowledged {
    long warningId();
}
