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

    public AuditRepository audit() {
        return new AuditRepository(dsl);
    }
    public IncidentRepository incidents() {
        return new IncidentRepository(dsl);
    }

    public AssessmentRepository assessments() {
        return new AssessmentRepository(dsl);
    }

    public TaskRepository tasks() {
        return new TaskRepository(dsl);
    }

    public TimelineRepository timeline() {
        return new TimelineRepository(dsl);
    }

    public StatementRepository statements() {
        return new StatementRepository(dsl);
    }

    public KeywordRepository keywords() {
        return new KeywordRepository(dsl);
    }

    public MetricRepository metrics() {
        return new MetricRepository(dsl);
    }

    public EvidenceRepository evidence() {
        return new EvidenceRepository(dsl);
    }

    public HandoverRepository handovers() {
        return new HandoverRepository(dsl);
    }
}
