package org.incidentdesk.domain.event;

/** A unit acknowledged receipt of a warning's notice. */
public record NoticeAcknowledged(WorkstationId origin, long warningId, long noticeId) implements WarningEvent {
}
