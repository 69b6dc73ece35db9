package org.incidentdesk.service.documents;

import java.util.Locale;
import java.util.Optional;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.plan.PlanVersion;
import org.incidentdesk.service.plan.document.PlanDocument;
import org.incidentdesk.service.plan.document.PlanDocumentBuilder;

/**
 * The office's plans as documents for printing. The printed plan is an official document, so it is written in
 * Chinese whatever the interface language.
 */
public final class OfficePlanDocuments implements PlanFormData {
    private final PlanService plans;
    private final PlanDocumentBuilder builder = new PlanDocumentBuilder(new Messages(Locale.SIMPLIFIED_CHINESE));

    public OfficePlanDocuments(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<PlanDocument> plan(Long planId) {
        Optional<Long> id = planId != null ? Optional.of(planId) : plans.activePlan().map(p -> p.id());
        return id.map(plans::current).map(this::document);
    }

    private PlanDocument document(PlanVersion version) {
        return builder.version(version.plan(), version.number());
    }
}
