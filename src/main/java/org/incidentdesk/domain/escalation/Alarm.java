package org.incidentdesk.domain.escalation;

import java.time.Instant;

/** The next alert of a deadline and when it is raised. */
public record Alarm(AlertStage stage, Instant at) {
}
