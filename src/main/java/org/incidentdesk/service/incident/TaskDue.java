package org.incidentdesk.service.incident;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.Timing;

/**
 * The due time the plan suggests for a task given to a unit, and why: the earliest open deadline of the incident
 * that a role the unit plays owes ({@link Basis#UNIT_DEADLINE}); else the earliest one owed by a party the plan
 * names only per incident, such as 事发单位 or the business department concerned, which a tasked unit usually is
 * ({@link Basis#PARTY_DEADLINE}); else the plan's shortest reporting interval for the incident from now
 * ({@link Basis#REPORT_INTERVAL}). The person giving the task may always set another time.
 */
public record TaskDue(Instant dueAt, Basis basis, String ruleText) {
    public enum Basis { UNIT_DEADLINE, PARTY_DEADLINE, REPORT_INTERVAL }

    static Optional<TaskDue> suggest(ContingencyPlan plan, Incident incident, String unitName,
                                     Set<String> partyRoles, List<Deadline> deadlines, Instant now) {
        Set<String> unitRoles = plan.organisation().roles().stream()
                .filter(r -> playedBy(plan, r, unitName) || partyRoles.contains(r.id())).map(PlanRole::id)
                .collect(Collectors.toSet());
        Set<String> incidentParties = plan.organisation().roles().stream()
                .filter(r -> r.unit() == null || r.unit().isBlank()).map(PlanRole::id).collect(Collectors.toSet());
        List<Deadline> open = deadlines.stream().filter(d -> d.state().isOpen() && d.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Deadline::dueAt)).toList();
        Optional<TaskDue> owed = earliestOwedBy(open, unitRoles, Basis.UNIT_DEADLINE)
                .or(() -> earliestOwedBy(open, incidentParties, Basis.PARTY_DEADLINE));
        if (owed.isPresent()) {
            return owed;
        }
        String levelId = incident.level() == null ? null : incident.level().id();
        return plan.deadlines().stream()
                .filter(r -> r.timing() == Timing.REPEATING && r.duration() != null
                        && r.appliesTo(levelId, incident.categoryId()))
                .min(Comparator.comparing(DeadlineRule::duration))
                .map(r -> new TaskDue(now.plus(r.duration()), Basis.REPORT_INTERVAL, r.action()));
    }

    private static Optional<TaskDue> earliestOwedBy(List<Deadline> open, Set<String> roles, Basis basis) {
        return open.stream().filter(d -> d.ownerRole() != null && roles.contains(d.ownerRole())).findFirst()
                .map(d -> new TaskDue(d.dueAt(), basis, d.actionText()));
    }

    private static boolean playedBy(ContingencyPlan plan, PlanRole role, String unitName) {
        return role.unit() != null && plan.organisation().unit(role.unit())
                .map(u -> u.name().equals(unitName)).orElse(false);
    }
}
