package org.incidentdesk.domain.escalation;

import java.time.Instant;
import org.incidentdesk.domain.plan.DeadlineRule;

/** What {@link DeadlinePlanner} finds must change in an incident's deadlines. */
public sealed interface DeadlineChange {

    /** A new occurrence of {@code rule}; {@code metAt} is set when an act already done meets it. */
    record Create(DeadlineRule rule, int occurrence, Instant start, Instant due, DoneAction metBy)
            implements DeadlineChange {
    }

    /** The start point moved (the event time was corrected): the open deadline counts from the new one. */
    record Retime(Deadline deadline, Instant start, Instant due) implements DeadlineChange {
    }

    /** No longer required: {@link DeadlineState#SUPERSEDED} before due, {@link DeadlineState#MISSED} after. */
    record Close(Deadline deadline, DeadlineState state, String reason) implements DeadlineChange {
    }
}
