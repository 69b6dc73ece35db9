package org.incidentdesk.service.documents;

import java.util.Optional;
import org.incidentdesk.service.plan.document.PlanDocument;

/** Where the plan form gets its document: the office plan {@code planId}, or the active plan when it is null. */
public interface PlanFormData {
    Optional<PlanDocument> plan(Long planId);

    static PlanFormData none() {
        return planId -> Optional.empty();
    }
}
