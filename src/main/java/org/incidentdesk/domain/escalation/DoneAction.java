package org.incidentdesk.domain.escalation;

import java.time.Instant;

/** An act done towards the plan's deadlines (a report sent, a response published…): what and when. */
public record DoneAction(DeadlineAction kind, Instant at) {
}
