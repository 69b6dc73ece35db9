package org.incidentdesk.service.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * The parties a plan names only per incident (事发单位, 主管部门, 涉事单位 …: roles without a unit of their own),
 * resolved on each incident to a roster unit the clerk chooses, so the call list, the tasks and the deadlines
 * owed by them reach people. Until one is chosen, the unit the facts name is proposed.
 */
public final class IncidentParties {
    /**
     * One party of the incident's plan: the unit set for it (null: not yet) and the unit the facts suggest
     * (null: none named).
     */
    public record Party(String roleId, String roleName, OrgUnit unit, OrgUnit proposed) {
    }

    private final IncidentChanges changes;
    private final Function<Incident, ContingencyPlan> planOf;

    IncidentParties(IncidentChanges changes, Function<Incident, ContingencyPlan> planOf) {
        this.changes = changes;
        this.planOf = planOf;
    }

    /** The incident's parties in the plan's order. */
    public List<Party> of(long incidentId) {
        return changes.read(s -> {
            Incident incident = IncidentChanges.load(s, incidentId);
            List<OrgUnit> units = s.roster().units();
            Map<String, Long> set = s.parties().forIncident(incidentId);
            OrgUnit named = namedInFacts(incident, units).orElse(null);
            return partyRoles(planOf.apply(incident)).stream().map(role -> new Party(role.id(), role.name(),
                    Optional.ofNullable(set.get(role.id())).flatMap(id -> unit(units, id)).orElse(null), named))
                    .toList();
        });
    }

    /** Says which roster unit ({@code unitId}; null clears it) plays {@code roleId} on the incident. */
    public void set(long incidentId, String roleId, Long unitId) {
        Access.require(changes.actors(), Permission.INCIDENT_EDIT);
        changes.change(incidentId, (s, incident, stamp) -> {
            PlanRole role = partyRoles(planOf.apply(incident)).stream().filter(r -> r.id().equals(roleId))
                    .findFirst().orElseThrow(() -> IncidentService.refused("party.role", "incident.unknownParty",
                            String.valueOf(roleId)));
            String unitName = null;
            if (unitId != null) {
                unitName = unit(s.roster().units(), unitId).orElseThrow(() -> IncidentService.refused("party.unit",
                        "incident.unknownUnit", String.valueOf(unitId))).name();
            }
            s.parties().set(incidentId, roleId, unitId, stamp);
            return new IncidentChanges.Outcome<>(null, new TimelineFact.PartySet(role.id(), role.name(), unitId,
                    unitName), null);
        });
    }

    /** The roles of the plan that no unit of its own plays: known only per incident. */
    static List<PlanRole> partyRoles(ContingencyPlan plan) {
        return plan.organisation().roles().stream().filter(r -> r.unit() == null || r.unit().isBlank()).toList();
    }

    /** The roster unit whose name the title or facts mention; the longest name wins ("县教育局" over "教育局"). */
    static Optional<OrgUnit> namedInFacts(Incident incident, List<OrgUnit> units) {
        IncidentFacts f = incident.facts();
        String text = String.join("\n", incident.title(), f.sevenWs().who(), f.sevenWs().where(),
                f.sevenWs().what(), f.source(), f.trueSituation(), f.background());
        return units.stream().filter(u -> u.name() != null && u.name().length() >= 2 && text.contains(u.name()))
                .max(Comparator.comparingInt((OrgUnit u) -> u.name().length()));
    }

    private static Optional<OrgUnit> unit(List<OrgUnit> units, long id) {
        return units.stream().filter(u -> u.id() == id).findFirst();
    }
}
