package org.incidentdesk.service.documents;

import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.domain.security.SecrecyMark;
import org.incidentdesk.service.common.ActorSource;

/**
 * Secrecy marks on documents (issue 20): a document issued for marked incidents carries at least their mark (printed
 * top left of the 版头), and an account sees, issues and reprints only documents up to its clearance
 * ({@code actors.principal()}; the workstation itself sees all).
 */
final class DocumentSecrecy {
    private final ActorSource actors;
    private final IncidentFormData incidents;

    DocumentSecrecy(ActorSource actors, IncidentFormData incidents) {
        this.actors = actors;
        this.incidents = incidents;
    }

    /** The request with the stricter of its own mark and each incident's (on equal levels, the request's term). */
    FormRequest marked(FormRequest request, List<Long> incidentIds) {
        SecrecyMark mark = new SecrecyMark(request.secrecy(), request.secrecyPeriod());
        for (long incidentId : incidentIds) {
            mark = mark.atLeast(incidents.secrecy(incidentId).orElse(SecrecyMark.NONE));
        }
        return request.withMarks(request.copyNumber(), mark.level(),
                mark.term(), request.urgency());
    }

    /** The highest mark the acting account may see. */
    Secrecy clearance() {
        Principal principal = actors.principal();
        return principal.workstation() ? Secrecy.TOP_SECRET : principal.clearance();
    }

    /** Refuses a document above the account's clearance, naming it ({@code what}: its 文号 or title). */
    void requireCleared(Secrecy level, String what) {
        Principal principal = actors.principal();
        if (!principal.mayRead(level)) {
            throw new ValidationException(List.of(Violation.of("document", "validation.report.aboveClearance", what,
                    level, principal.clearance())));
        }
    }
}
