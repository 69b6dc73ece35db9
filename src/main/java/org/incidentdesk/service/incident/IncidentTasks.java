package org.incidentdesk.service.incident;

import static org.incidentdesk.service.incident.IncidentService.MAX_RESULT;
import static org.incidentdesk.service.incident.IncidentService.MAX_TASK;
import static org.incidentdesk.service.incident.IncidentService.refuseIfAny;
import static org.incidentdesk.service.incident.IncidentService.refused;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.IncidentScope;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.IncidentVisibility;

/**
 * Handling tasks of an incident (处置任务): given to a unit of the roster, updated by the office or by that unit's
 * own liaison, each change one transaction with its timeline row.
 */
final class IncidentTasks {
    private final IncidentChanges changes;
    private final Function<Incident, ContingencyPlan> planOf;

    IncidentTasks(IncidentChanges changes, Function<Incident, ContingencyPlan> planOf) {
        this.changes = changes;
        this.planOf = planOf;
    }

    /** A unit liaison sees only their own unit's tasks (issue 20.2); every other role, and the workstation, all. */
    List<HandlingTask> visible(List<HandlingTask> tasks) {
        IncidentScope scope = IncidentVisibility.scope(changes.actors());
        return scope.all() ? tasks : tasks.stream().filter(t -> scope.isOwnUnit(t.unitId())).toList();
    }

    HandlingTask assign(long incidentId, long unitId, String description, Instant dueAt) {
        Access.require(changes.actors(), Permission.TASK_ASSIGN);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("task.description", description, MAX_TASK, problems);
        refuseIfAny(problems);
        return changes.change(incidentId, (s, incident, stamp) -> {
            OrgUnit unit = s.roster().units().stream().filter(u -> u.id() == unitId).findFirst()
                    .orElseThrow(() -> refused("task.unit", "incident.unknownUnit", String.valueOf(unitId)));
            long id = s.tasks().insert(incidentId, unit.id(), unit.name(), description.strip(), dueAt, stamp);
            return new IncidentChanges.Outcome<>(s.tasks().find(id).orElseThrow(),
                    new TimelineFact.TaskAssigned(id, unit.name(), dueAt), description.strip());
        });
    }

    Optional<TaskDue> suggestDue(long incidentId, long unitId) {
        Incident incident = changes.read(s -> IncidentChanges.load(s, incidentId));
        ContingencyPlan plan = planOf.apply(incident);
        return changes.read(s -> {
            OrgUnit unit = s.roster().units().stream().filter(u -> u.id() == unitId).findFirst()
                    .orElseThrow(() -> refused("task.unit", "incident.unknownUnit", String.valueOf(unitId)));
            Set<String> partyRoles = s.parties().forIncident(incidentId).entrySet().stream()
                    .filter(p -> p.getValue() == unitId).map(Map.Entry::getKey).collect(Collectors.toSet());
            return TaskDue.suggest(plan, incident, unit.name(), partyRoles, s.deadlines().forIncident(incidentId),
                    changes.clock().instant());
        });
    }

    /** Sets the status of the task as it was {@code read}; refused as stale, naming who, if changed since. */
    HandlingTask update(HandlingTask read, TaskStatus status, String result) {
        long taskId = read.id();
        HandlingTask task = changes.read(s -> s.tasks().find(taskId))
                .orElseThrow(() -> refused("task", "incident.unknownTask", String.valueOf(taskId)));
        Access.requireForUnit(changes.actors(), Permission.TASK_UPDATE, Permission.TASK_UPDATE_OWN_UNIT, task.unitId());
        if (task.version() != read.version()) {
            throw new StaleDataException("task", taskId, task.updatedBy(), task.updatedAt());
        }
        List<Violation> problems = new ArrayList<>();
        if (status == TaskStatus.DONE) {
            IncidentRules.requiredText("task.result", result, MAX_RESULT, problems);
        } else if (result != null && result.strip().length() > MAX_RESULT) {
            problems.add(Violation.of("task.result", "validation.tooLong", MAX_RESULT));
        }
        refuseIfAny(problems);
        String cleanResult = result == null || result.isBlank() ? null : result.strip();
        return changes.change(task.incidentId(), (s, incident, stamp) -> {
            s.tasks().update(task, status, cleanResult, stamp); // refused as stale if changed since the check above
            return new IncidentChanges.Outcome<>(s.tasks().find(taskId).orElseThrow(),
                    new TimelineFact.TaskUpdated(taskId, task.unitName(), status), cleanResult);
        });
    }
}
