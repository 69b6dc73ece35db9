package org.incidentdesk.service.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.service.roster.Liaisons;
import org.incidentdesk.service.roster.ResponseDuty;
import org.incidentdesk.store.StoreSession;

/**
 * The units a warning in force tells to prepare (R7: units receiving a warning prepare and enter the emergency
 * state): the plan's standing member units, matched to the roster by name; where the plan names none, every
 * member unit of the roster. Each gets one notice with its liaison and number from the roster (the first
 * liaison; a unit the roster lacks, or without a liaison, is still listed, for the office to find someone).
 */
final class WarningNotices {

    void notify(StoreSession s, Warning warning, ContingencyPlan plan) {
        Roster roster = s.roster().load();
        for (Target target : targets(plan, roster)) {
            Optional<ResponseDuty.OnCall> liaison = target.unit()
                    .flatMap(unit -> Liaisons.onCall(roster, unit).stream().findFirst());
            s.warnings().insertNotice(warning.id(), target.unit().map(OrgUnit::id).orElse(null), target.name(),
                    liaison.map(ResponseDuty.OnCall::person).orElse(null), liaison.map(WarningNotices::phone).orElse(null));
        }
    }

    private record Target(String name, Optional<OrgUnit> unit) {
    }

    private static List<Target> targets(ContingencyPlan plan, Roster roster) {
        List<PlanUnit> planUnits = plan.organisation().units().stream()
                .filter(u -> u.kind() == UnitKind.MEMBER_UNIT && !u.perIncident()).toList();
        List<Target> targets = new ArrayList<>();
        if (planUnits.isEmpty()) {
            roster.units().stream().filter(u -> u.kind() == UnitKind.MEMBER_UNIT)
                    .forEach(u -> targets.add(new Target(u.name(), Optional.of(u))));
        } else {
            planUnits.forEach(u -> targets.add(new Target(u.name(), roster.unitNamed(u.name()))));
        }
        return targets;
    }

    /** The mobile first (it takes an SMS too), else the office phone; null when the roster has neither. */
    private static String phone(ResponseDuty.OnCall onCall) {
        String number = !onCall.mobile().isEmpty() ? onCall.mobile() : onCall.officePhone();
        return number.isEmpty() ? null : number;
    }
}
