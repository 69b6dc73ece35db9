package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_PARTY;
import static org.incidentdesk.store.generated.Tables.INCIDENT_TASK;
import static org.incidentdesk.store.generated.Tables.WARNING_INCIDENT;
import static org.incidentdesk.store.generated.Tables.WARNING_NOTICE;

import org.incidentdesk.domain.security.IncidentScope;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The one condition that keeps a read inside an {@link IncidentScope}: every repository read that a scope limits
 * (incidents, board summaries, issued documents) takes it on its incident id column.
 */
final class IncidentScopes {
    private IncidentScopes() {
    }

    /**
     * True for rows whose {@code incidentId} lies in the scope: any for every incident; for a unit, the incidents in
     * which the unit has a task, plays a party of the plan, or was sent the notice of a warning behind it; none for
     * a scope of no unit.
     */
    static Condition on(Field<Long> incidentId, IncidentScope scope) {
        if (scope.all()) {
            return DSL.noCondition();
        }
        if (scope.unitId() == null) {
            return DSL.falseCondition();
        }
        return incidentId.in(DSL.select(INCIDENT_TASK.INCIDENT_ID).from(INCIDENT_TASK)
                        .where(INCIDENT_TASK.UNIT_ID.eq(scope.unitId())))
                .or(incidentId.in(DSL.select(INCIDENT_PARTY.INCIDENT_ID).from(INCIDENT_PARTY)
                        .where(INCIDENT_PARTY.UNIT_ID.eq(scope.unitId()))))
                .or(incidentId.in(DSL.select(WARNING_INCIDENT.INCIDENT_ID).from(WARNING_INCIDENT)
                        .join(WARNING_NOTICE).on(WARNING_NOTICE.WARNING_ID.eq(WARNING_INCIDENT.WARNING_ID))
                        .where(WARNING_NOTICE.UNIT_ID.eq(scope.unitId()))));
    }

    /** True for the task rows the scope shows: every task, or only those of the scope's unit. */
    static Condition tasksOf(IncidentScope scope) {
        return scope.all() ? DSL.noCondition() : scope.unitId() == null ? DSL.falseCondition()
                : INCIDENT_TASK.UNIT_ID.eq(scope.unitId());
    }
}
