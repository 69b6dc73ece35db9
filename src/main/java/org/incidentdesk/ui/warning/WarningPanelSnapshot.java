package org.incidentdesk.ui.warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.warning.WarningService;

/**
 * The warning workspace's data, read in one go off the JavaFX thread: the warnings in force and waiting for
 * approval, most severe first, with their levels resolved through the plan version each was issued by; the
 * whole history, newest first; and the incidents (open ones for a new assessment, all for names).
 */
record WarningPanelSnapshot(List<WarningCard> cards, List<WarningChange> history, List<IncidentRef> openIncidents,
                            Map<Long, IncidentRef> incidentsById, Map<Long, List<Long>> incidentsOfWarning) {

    static WarningPanelSnapshot read(WarningService warnings, IncidentService incidents, PlanService plans) {
        Map<Long, IncidentRef> byId = new HashMap<>();
        List<IncidentRef> open = new ArrayList<>();
        for (Incident incident : incidents.list()) {
            IncidentRef ref = new IncidentRef(incident.id(), incident.number().toString(), incident.title());
            byId.put(incident.id(), ref);
            if (incident.phase().compareTo(IncidentPhase.ENDED) < 0) {
                open.add(ref);
            }
        }
        Map<String, ContingencyPlan> versions = new HashMap<>();
        List<WarningCard> cards = new ArrayList<>();
        List<Warning> all = warnings.all();
        Map<Long, List<Long>> incidentsOfWarning = new HashMap<>();
        all.forEach(w -> incidentsOfWarning.put(w.id(), w.incidentIds()));
        List<Warning> shown = all.stream().filter(w -> w.status() != WarningStatus.LIFTED)
                .sorted(Comparator.comparingInt(Warning::levelRank).thenComparing(Warning::issuedAt,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        for (Warning warning : shown) {
            ContingencyPlan plan = versions.computeIfAbsent(warning.planId() + "/" + warning.planVersion(),
                    key -> plans.version(warning.planId(), warning.planVersion()).plan());
            String role = plan.organisation().role(warning.issuerRole()).map(PlanRole::name)
                    .orElse(warning.issuerRole());
            List<IncidentRef> behind = warning.incidentIds().stream()
                    .map(id -> byId.getOrDefault(id, new IncidentRef(id, "#" + id, ""))).toList();
            cards.add(new WarningCard(warning, plan.level(warning.levelId()).orElse(null), role, behind,
                    warnings.receipts().of(warning.id())));
        }
        List<WarningChange> history = warnings.history().stream()
                .sorted(Comparator.comparing(WarningChange::at).thenComparingLong(WarningChange::id).reversed())
                .toList();
        return new WarningPanelSnapshot(cards, history, open, byId, incidentsOfWarning);
    }
}
