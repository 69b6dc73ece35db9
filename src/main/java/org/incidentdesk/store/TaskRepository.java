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
        return dsl.insertInto(INCIDENT_TASK)
                .set(INCIDENT_TASK.INCIDENT_ID, incidentId)
                .set(INCIDENT_TASK.UNIT_ID, unitId)
                .set(INCIDENT_TASK.UNIT_NAME, unitName)
                .set(INCIDENT_TASK.DESCRIPTION, description)
                .set(INCIDENT_TASK.DUE_AT, Times.utc(dueAt))
                .set(INCIDENT_TASK.STATUS, TaskStatus.OPEN.name())
                .set(INCIDENT_TASK.VERSION, 0)
                .set(INCIDENT_TASK.CREATED_AT, stamp.time())
                .set(INCIDENT_TASK.CREATED_BY, stamp.who())
                .set(INCIDENT_TASK.UPDATED_AT, stamp.time())
                .set(INCIDENT_TASK.UPDATED_BY, stamp.who())
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
