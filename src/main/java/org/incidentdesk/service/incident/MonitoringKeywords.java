package org.incidentdesk.service.incident;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/** The keywords an incident is monitored by (监测主题和关键词, R19): each once per incident, added and removed on its record. */
public final class MonitoringKeywords {
    static final int MAX_KEYWORD = 100;

    private final IncidentChanges changes;

    MonitoringKeywords(IncidentChanges changes) {
        this.changes = changes;
    }

    public void add(long incidentId, String keyword) {
        Access.require(changes.actors(), Permission.INCIDENT_EDIT);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("keyword", keyword, MAX_KEYWORD, problems);
        IncidentService.refuseIfAny(problems);
        String clean = keyword.strip();
        changes.change(incidentId, (s, incident, stamp) -> {
            if (s.keywords().forIncident(incidentId).stream().anyMatch(k -> k.keyword().equals(clean))) {
                throw IncidentService.refused("keyword", "incident.duplicateKeyword", clean);
            }
            s.keywords().insert(incidentId, clean, stamp);
            return new IncidentChanges.Outcome<>(null, new TimelineFact.KeywordAdded(clean), null);
        });
    }

    public void remove(long incidentId, String keyword) {
        Access.require(changes.actors(), Permission.INCIDENT_EDIT);
        changes.change(incidentId, (s, incident, stamp) -> {
            if (!s.keywords().delete(incidentId, keyword)) {
                throw IncidentService.refused("keyword", "incident.unknownKeyword", keyword);
            }
            return new IncidentChanges.Outcome<>(null, new TimelineFact.KeywordRemoved(keyword), null);
        });
    }
}
