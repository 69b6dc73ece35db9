package org.incidentdesk.store;

import org.jooq.DSLContext;

/** The repositories of one transaction. */
public final class StoreSession {
    private final DSLContext dsl;

    StoreSession(DSLContext dsl) {
        this.dsl = dsl;
    }

    public RosterRepository roster() {
        return new RosterRepository(dsl);
    }

    public PlanRepository plans() {
        return new PlanRepository(dsl);
    }

    public DocumentRepository documents() {
        return new DocumentRepository(dsl);
    }

    public AuditRepository audit() {
        return new AuditRepository(dsl);
    }
}
