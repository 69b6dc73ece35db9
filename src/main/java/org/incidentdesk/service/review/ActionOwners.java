package org.incidentdesk.service.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.RoleHolders;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.OwnerKind;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.Liaisons;
import org.incidentdesk.store.StoreSession;

/**
 * Who can own an improvement action of an incident (the roster's units and the roles of the incident's plan) and
 * whom its reminders go to: the liaisons (联络员) of the owning unit, or of the unit that plays the owning role.
 */
final class ActionOwners {
    private final PlanService plans;

    ActionOwners(PlanService plans) {
        this.plans = plans;
    }

    ContingencyPlan planOf(Incident incident) {
        return plans.version(incident.planId(), incident.planVersion()).plan();
    }

    /** The roster's units, then the plan's roles, as owners to choose from. */
    List<ActionOwner> choices(StoreSession s, Incident incident) {
        List<ActionOwner> owners = new ArrayList<>();
        s.roster().units().forEach(u -> owners.add(ActionOwner.unit(u.id(), u.name())));
        planOf(incident).organisation().roles().forEach(r -> owners.add(ActionOwner.role(r.id(), r.name())));
        return owners;
    }

    /** The owner as stored, its name taken from the roster or plan; refused when neither knows it. */
    ActionOwner checked(StoreSession s, Incident incident, ActionOwner owner) {
        if (owner == null || owner.kind() == null || owner.ref() == null) {
            throw ReviewWriting.refused("actionOwner", "validation.required");
        }
        if (owner.kind() == OwnerKind.UNIT) {
            return unitId(owner).flatMap(id -> s.roster().unit(id)).map(u -> ActionOwner.unit(u.id(), u.name()))
                    .orElseThrow(() -> ReviewWriting.refused("actionOwner", "review.action.unknownUnit", owner.ref()));
        }
        return planOf(incident).organisation().role(owner.ref()).map(r -> ActionOwner.role(r.id(), r.name()))
                .orElseThrow(() -> ReviewWriting.refused("actionOwner", "review.action.unknownRole", owner.ref()));
    }

    /** The roster unit that owns the action: the unit itself, or the one playing the role for this incident. */
    Optional<OrgUnit> unitOf(StoreSession s, Incident incident, ActionOwner owner, Roster roster) {
        if (owner.kind() == OwnerKind.UNIT) {
            return unitId(owner).flatMap(roster::unit);
        }
        return new RoleHolders(planOf(incident), roster, s.parties().forIncident(incident.id())).unitOf(owner.ref());
    }

    /** The liaisons to remind, as "name mobile" texts; empty when the unit has none in the roster. */
    List<String> liaisons(StoreSession s, Incident incident, ActionOwner owner) {
        Roster roster = s.roster().load();
        return unitOf(s, incident, owner, roster).map(unit -> Liaisons.of(roster, unit).stream()
                .map(ActionOwners::reach).toList()).orElse(List.of());
    }

    private static String reach(Person p) {
        return p.mobile() == null || p.mobile().isBlank() ? p.name() : p.name() + " " + p.mobile();
    }

    private static Optional<Long> unitId(ActionOwner owner) {
        try {
            return Optional.of(Long.parseLong(owner.ref()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
