package org.incidentdesk.service.documents;

import java.time.Instant;
import org.incidentdesk.domain.escalation.DeadlineAction;

/**
 * Where a document that is an act on its incident (a numbered 首报, 续报, 终报, 通报 or 总结 issued) is reported to the
 * deadlines: the composition root passes {@code DeadlineService::actDone}, which meets the open deadlines whose
 * act it is and joins the caller's transaction. Called inside the issuing transaction, so the document, its
 * dispatch record and the deadlines it meets commit together.
 */
@FunctionalInterface
public interface IncidentActs {
    void actDone(long incidentId, DeadlineAction act, Instant at, String by);

    /** For offices without deadlines (tests of the forms alone): the act is recorded on the timeline only. */
    static IncidentActs none() {
        return (incidentId, act, at, by) -> { };
    }
}
