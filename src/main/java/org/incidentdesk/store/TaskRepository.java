package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_TASK;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.store.generated.tables.records.IncidentTaskRecord;
import org.jooq.DSLContext;

/** Tasks given to member units and working groups. */
public final class TaskRepository {
    private final DSLContext dsl;

    TaskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, Long unitId, String unitName, String description, Instant dueAt, Stamp stamp) {
        IncidentTaskRecord row = dsl.newRecord(INCIDENT_TASK);
        row.setIncidentId(incidentId);
        row.setUnitId(unitId);
        row.setUnitName(unitName);
        row.setDescription(description);
        row.setDueAt(Times.utc(dueAt));
        row.setStatus(TaskStatus.OPEN.name());
        return dsl.insertInto(INCIDENT_TASK).set(RowStamps.created(row, stamp))
                .returning(INCIDENT_TASK.ID).fetchOne().getId();
    }

    /** Sets status and result, provided nobody changed the task since it was read. */
    public void update(HandlingTask task, TaskStatus status, String result, Stamp stamp) {
        IncidentTaskRecord changes = dsl.newRecord(INCIDENT_TASK);
        changes.setStatus(status.name());
        changes.setResult(result);
        RowStamps.update(dsl, changes, INCIDENT_TASK.ID.eq(task.id()), task.version(), stamp, "task", task.id());
    }

    public Optional<HandlingTask> find(long taskId) {
        return dsl.selectFrom(INCIDENT_TASK).where(INCIDENT_TASK.ID.eq(taskId)).fetchOptional(TaskRepository::toTask);
    }

    /** The incident's tasks, by due time (tasks without one last). */
    public List<HandlingTask> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_TASK).where(INCIDENT_TASK.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_TASK.DUE_AT.asc().nullsLast(), INCIDENT_TASK.ID).fetch(TaskRepository::toTask);
    }

    private static HandlingTask toTask(IncidentTaskRecord r) {
        return new HandlingTask(r.getId(), r.getIncidentId(), r.getUnitId(), r.getUnitName(), r.getDescription(),
                Times.instant(r.getDueAt()), TaskStatus.valueOf(r.getStatus()), r.getResult(),
                Times.instant(r.getCreatedAt()), r.getCreatedBy(), Times.instant(r.getUpdatedAt()), r.getUpdatedBy(),
                r.getVersion());
    }
}
