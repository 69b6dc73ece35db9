package org.incidentdesk.domain.escalation;

import java.time.Instant;

/**
 * One call made from the call list about deadline {@code deadlineId}: to whom (the person's roster id when the
 * roster knows them, their name as it was then, and the plan role they were called as), on which number,
 * what came of it, a note, when and by whom it was logged.
 */
public record CallAttempt(long id, long deadlineId, long incidentId, String roleId, Long personId, String personName,
                          String phone, CallOutcome outcome, String note, Instant calledAt, String calledBy) {
}
