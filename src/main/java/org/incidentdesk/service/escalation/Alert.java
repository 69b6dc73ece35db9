package org.incidentdesk.service.escalation;

import java.time.Instant;
import org.incidentdesk.domain.escalation.DeadlineEventKind;

/**
 * An alert to be sent to people (reminded, overdue or escalated): which deadline of which incident, to which
 * role of the plan ({@code toRole} null: the owner), the text as it reads on the timeline, and whether it fired
 * late.
 */
public record Alert(long deadlineId, long incidentId, String incidentNumber, DeadlineEventKind kind, String ruleId,
                    Instant dueAt, String toRole, String text, boolean late, Instant at) {
}
