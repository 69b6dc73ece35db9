package org.incidentdesk.domain.escalation;

import java.time.Instant;

/** When an incident's earliest open deadline falls due and the act that meets it: what a board card counts down to. */
public record NextDeadline(Instant dueAt, DeadlineAction action) {
}
