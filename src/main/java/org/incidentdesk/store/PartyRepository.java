package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_PARTY;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** Which roster unit plays, for one incident, a plan role known only per incident (事发单位, 主管部门). */
public final class PartyRepository {
    private final DSLContext dsl;

    PartyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Role id → roster unit id, for the incident. */
    public Map<String, Long> forIncident(long incidentId) {
        Map<String, Long> parties = new LinkedHashMap<>();
        dsl.selectFrom(INCIDENT_PARTY).where(INCIDENT_PARTY.INCIDENT_ID.eq(incidentId)).orderBy(INCIDENT_PARTY.ROLE_ID)
                .forEach(r -> parties.put(r.getRoleId(), r.getUnitId()));
        return parties;
    }

    /** Sets (or, with {@code unitId} null, clears) the unit playing {@code roleId} for the incident. */
    public void set(long incidentId, String roleId, Long unitId, Stamp stamp) {
        dsl.deleteFrom(INCIDENT_PARTY).where(INCIDENT_PARTY.INCIDENT_ID.eq(incidentId)
                .and(INCIDENT_PARTY.ROLE_ID.eq(roleId))).execute();
        if (unitId != null) {
            dsl.insertInto(INCIDENT_PARTY)
                    .set(INCIDENT_PARTY.INCIDENT_ID, incidentId)
                    .set(INCIDENT_PARTY.ROLE_ID, roleId)
                    .set(INCIDENT_PARTY.UNIT_ID, unitId)
                    .set(INCIDENT_PARTY.SET_AT, stamp.time())
                    .set(INCIDENT_PARTY.SET_BY, stamp.who())
                    .set(INCIDENT_PARTY.VERSION, 0)
                    .execute();
        }
    }
}
