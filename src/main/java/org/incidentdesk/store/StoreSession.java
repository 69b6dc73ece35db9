package org.incidentdesk.store;

import java.util.List;
import org.incidentdesk.domain.event.DomainEvent;
import org.jooq.DSLContext;

/** The repositories of one transaction, and the events it will announce when it commits. */
public final class StoreSession {
    private final DSLContext dsl;
    private final List<DomainEvent> raised;

    StoreSession(DSLContext dsl, List<DomainEvent> raised) {
        this.dsl = dsl;
        this.raised = raised;
    }

    /** The transaction's own context, for the store's tests. */
    DSLContext dsl() {
        return dsl;
    }

    /** Announces {@code event} once this transaction commits; if it rolls back, the event is dropped. */
    public void raise(DomainEvent event) {
        raised.add(event);
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

    public AccountRepository accounts() {
        return new AccountRepository(dsl);
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

    public PartyRepository parties() {
        return new PartyRepository(dsl);
    }

    public HandoverRepository handovers() {
        return new HandoverRepository(dsl);
    }

    public DeadlineRepository deadlines() {
        return new DeadlineRepository(dsl);
    }

    public CallAttemptRepository callAttempts() {
        return new CallAttemptRepository(dsl);
    }

    public NumberSeries numbers() {
        return new NumberSeries(dsl);
    }

    public LessonRepository lessons() {
        return new LessonRepository(dsl);
    }

    public ImprovementActionRepository improvementActions() {
        return new ImprovementActionRepository(dsl);
    }

    public AccountabilityRepository accountability() {
        return new AccountabilityRepository(dsl);
    }

    public ReviewScheduleRepository reviewSchedules() {
        return new ReviewScheduleRepository(dsl);
    }

    public RevisionProposalRepository revisionProposals() {
        return new RevisionProposalRepository(dsl);
    }

    public WarningRepository warnings() {
        return new WarningRepository(dsl);
    }

    /** The change feed other workstations' events arrive by. */
    public ChangeFeedRepository changes() {
        return new ChangeFeedRepository(dsl);
    }

    public ReviewRepository reviews() {
        return new ReviewRepository(dsl);
    }
}
