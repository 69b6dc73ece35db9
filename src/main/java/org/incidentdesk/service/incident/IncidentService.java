package org.incidentdesk.service.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.escalation.NextDeadline;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.IncidentSummary;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.MetricRules;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.security.IncidentScope;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.LevelProposal;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.plan.PlanVersion;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.IncidentVisibility;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;

/**
 * Use cases of incidents: intake (full or quick), the lifecycle, assessment with confirm/override and
 * re-assessment, tasks, notes, statements, keywords, metrics and the shift handover. Every change is one
 * transaction that also writes its timeline row and audit entry, and is announced with
 * {@link IncidentChanged}, announced after it commits; a refused change stores nothing. Thread-safe; never call it on
 * the JavaFX thread. A little over 400 lines as one piece: it is the single entrance to the incident use cases, most
 * of its methods one transaction or a delegation to the part that holds the logic (statements, secrecy, parties…).
 */
public final class IncidentService {
    static final int MAX_NOTE = 4000;
    static final int MAX_TASK = 2000;
    static final int MAX_RESULT = 4000;

    private final IncidentChanges changes;
    private final PlanService plans;
    private final ZoneId zone;
    private final IncidentAssessments assessments;
    private final IncidentParties parties;
    private final ShiftHandovers handovers;
    private final IncidentStatements statements;
    private final MonitoringKeywords keywords;
    private final IncidentSecrecy secrecy;
    private final IncidentTasks tasks;

    IncidentService(IncidentChanges changes, PlanService plans, LevelAssessor assessor, ZoneId zone) {
        this.changes = changes;
        this.handovers = new ShiftHandovers(changes);
        this.statements = new IncidentStatements(changes);
        this.keywords = new MonitoringKeywords(changes);
        this.secrecy = new IncidentSecrecy(changes, this);
        this.tasks = new IncidentTasks(changes, this::planOf);
        this.plans = plans;
        this.zone = zone;
        this.assessments = new IncidentAssessments(changes, assessor, zone, this::planOf);
        this.parties = new IncidentParties(changes, this::planOf);
    }

    public IncidentService(Store store, Clock clock, ActorSource actors, EventBus events, PlanService plans,
                           LevelAssessor assessor, ZoneId zone) {
        this(new IncidentChanges(store, clock, actors, events), plans, assessor, zone);
    }

    // ---- reading

    /**
     * Every incident the acting account sees ({@link IncidentScope}: a unit liaison only their unit's) with what the
     * board shows of its tasks, newest number first.
     */
    public List<IncidentSummary> summaries() {
        return changes.read(s -> withDeadlines(s.incidents().summaries(scope()), s.deadlines().nextOpenOfAll()));
    }

    /** The newest {@code limit} incidents as {@link #summaries()} gives them. */
    public List<IncidentSummary> summaries(int limit) {
        IncidentScope scope = scope();
        return changes.read(s -> withDeadlines(s.incidents().summaries(limit, scope),
                s.deadlines().nextOpenOfNewest(limit, scope)));
    }

    /**
     * One incident as {@link #summaries()} gives it, with its note text for search, in one read: what the board
     * needs to refresh that incident's row after an event; empty when the incident is gone or outside the acting
     * account's scope.
     */
    public Optional<SummaryWithNotes> summary(long incidentId) {
        IncidentScope scope = scope();
        return changes.read(s -> s.incidents().summaryOf(incidentId, scope).map(summary -> new SummaryWithNotes(
                summary.withNextDeadline(s.deadlines().nextOpenOf(incidentId).orElse(null)),
                s.timeline().noteTextOf(incidentId))));
    }

    /** An incident's board summary and its joined note text. */
    public record SummaryWithNotes(IncidentSummary summary, String notes) {
    }

    /** Adds each incident's next open deadline, read in one query for all of them (not one per incident). */
    private static List<IncidentSummary> withDeadlines(List<IncidentSummary> summaries,
                                                       Map<Long, NextDeadline> next) {
        return summaries.stream().map(x -> x.withNextDeadline(next.get(x.incident().id()))).toList();
    }

    /** The incidents the acting account sees, newest number first. */
    public List<Incident> list() {
        IncidentScope scope = scope();
        return changes.read(s -> s.incidents().list(scope));
    }

    /** The free notes of every incident the acting account sees, joined per incident id, for search. */
    public Map<Long, String> noteTexts() {
        IncidentScope scope = scope();
        return changes.read(s -> s.timeline().noteTexts(scope));
    }

    /**
     * The incident with its tasks, timeline, statements…; refused, naming what is needed, when it lies outside the
     * acting account's scope (a unit liaison asking for another unit's incident).
     */
    public IncidentDetail detail(long incidentId) {
        return changes.read(s -> detail(s, IncidentChanges.load(s, incidentId)));
    }

    /** The incident a number names as typed ("2026-017"); refused with the text when there is none. */
    public IncidentDetail detail(String numberText) {
        IncidentNumber number = IncidentNumber.parse(numberText).orElseThrow(() -> unknown(numberText));
        return changes.read(s -> detail(s, s.incidents().find(number).orElseThrow(() -> unknown(numberText))));
    }

    /** Which incidents the acting account sees. */
    IncidentScope scope() {
        return IncidentVisibility.scope(changes.actors());
    }

    /** The categories of the active plan, for intake. */
    public List<EventCategory> activeCategories() {
        return activePlan().plan().categories();
    }

    /** As {@link #activeCategories()}, but empty while the office has no active plan. */
    public List<EventCategory> activeCategoriesOrNone() {
        return plans.activePlan().map(p -> plans.current(p.id()).plan().categories()).orElse(List.of());
    }

    /** The plan version the incident runs under. */
    public ContingencyPlan planOf(Incident incident) {
        return plans.version(incident.planId(), incident.planVersion()).plan();
    }

    private IncidentDetail detail(StoreSession s, Incident incident) {
        long id = incident.id();
        IncidentVisibility.requireSees(s, changes.actors(), id, incident.number());
        return new IncidentDetail(incident, s.assessments().forIncident(id), tasks.visible(s.tasks().forIncident(id)),
                s.timeline().forIncident(id), s.statements().forIncident(id), s.keywords().forIncident(id),
                s.metrics().forIncident(id), s.evidence().forIncident(id), s.statements().reviewsOfIncident(id));
    }

    // ---- intake and facts

    /**
     * Takes a report under the active plan's current version. A missing discovery time is now (in the office's
     * zone). The incident gets the next number of the year; refused input stores nothing and uses no number.
     */
    public Incident intake(Intake report) {
        Access.require(changes.actors(), Permission.INCIDENT_CREATE);
        PlanVersion plan = activePlan();
        Instant now = changes.clock().instant();
        OffsetDateTime discovered = report.discoveredAt() != null ? report.discoveredAt()
                : now.atZone(zone).toOffsetDateTime().withNano(0);
        Intake complete = new Intake(report.title(), report.categoryId(), discovered, report.happenedAt(),
                report.facts());
        List<String> categoryIds = plan.plan().categories().stream().map(EventCategory::id).toList();
        refuseIfAny(IncidentRules.checkIntake(complete, categoryIds, now));
        return changes.read(s -> {
            Stamp stamp = changes.stamp();
            IncidentNumber number = s.incidents().allocateNumber(now.atZone(zone).getYear());
            long id = s.incidents().insert(number, complete.title(), complete.categoryId(), complete.facts(),
                    complete.happenedAt(), discovered, plan.planId(), plan.number(), stamp);
            changes.recorder().record(s, id, new TimelineFact.Intake(complete.title()), null, stamp);
            return IncidentChanges.load(s, id);
        });
    }

    /**
     * Replaces the title, the happened time and the facts of the incident as it was {@code read} (the form's copy):
     * if anyone changed the incident since, the edit is refused as stale, naming who and when, not written over.
     */
    public Incident updateFacts(Incident read, String title, OffsetDateTime happenedAt, IncidentFacts facts) {
        Access.require(changes.actors(), Permission.INCIDENT_EDIT);
        long incidentId = read.id();
        Instant now = changes.clock().instant();
        List<Violation> problems = new ArrayList<>();
        IncidentRules.checkTitle(title, problems);
        problems.addAll(IncidentRules.checkFacts(facts, now));
        if (happenedAt != null && happenedAt.toInstant().isAfter(now)) {
            problems.add(Violation.of("incident.happenedAt", "incident.inFuture"));
        }
        refuseIfAny(problems);
        return changes.change(incidentId, (s, incident, stamp) -> {
            if (incident.version() != read.version()) {
                throw new StaleDataException("incident", incident.number(), incident.updatedBy(), incident.updatedAt());
            }
            if (happenedAt != null && happenedAt.isAfter(incident.discoveredAt())) {
                throw refused("incident.happenedAt", "incident.happenedAfterDiscovered");
            }
            s.incidents().updateFacts(incident, title.strip(), facts, happenedAt, stamp);
            return new IncidentChanges.Outcome<>(IncidentChanges.load(s, incidentId),
                    new TimelineFact.FactsUpdated(title.strip()), null);
        });
    }

    // ---- lifecycle

    /** Moves the incident to {@code to}; an illegal move is refused naming both phases. */
    public Incident advance(long incidentId, IncidentPhase to) {
        Access.require(changes.actors(), to.compareTo(IncidentPhase.ENDED) >= 0 ? Permission.INCIDENT_CLOSE
                : Permission.INCIDENT_EDIT);
        return changes.change(incidentId, (s, incident, stamp) -> {
            Lifecycle.check(incident.phase(), to, incident.levelDecided());
            s.incidents().updatePhase(incident, to, stamp);
            return new IncidentChanges.Outcome<>(IncidentChanges.load(s, incidentId),
                    new TimelineFact.PhaseMoved(incident.phase(), to), null);
        });
    }

    // ---- assessment

    /**
     * Runs the assessor of the incident's own plan version on {@code facts} (the incident's category and its
     * latest metrics are added where the facts leave them out) and records the proposal, to be confirmed or
     * overridden; an undecided assessment of the incident is replaced, not added to. The date for sensitive periods
     * is today in the office's zone. When no criterion is met the proposal has no level (未达到预警条件): it cannot
     * be confirmed, only overridden with a reason.
     */
    public Assessment assess(long incidentId, EventFacts facts) {
        return assessments.assess(incidentId, facts);
    }

    /**
     * Records the assessment on the criteria a person ticked on the checklist ({@code established}: criterion ids
     * of the incident's plan that are not measured by a metric), kept with it; replaces the undecided one.
     */
    public Assessment assess(long incidentId, Collection<String> established) {
        return assessments.assess(incidentId, established);
    }

    /** What {@link #assess} would propose now, without recording anything: for the warning's assessment board. */
    public LevelProposal propose(long incidentId, EventFacts facts) {
        return assessments.propose(incidentId, facts);
    }

    /** {@code facts} with the incident's category and its latest metrics where they leave them out. */
    public EventFacts completeFacts(long incidentId, EventFacts facts) {
        return assessments.completeFacts(incidentId, facts);
    }

    /** The facts the ticked criteria of {@code plan} state (the checklist's ticks as the assessor reads them). */
    public static EventFacts establishedFacts(ContingencyPlan plan, Collection<String> established) {
        return IncidentAssessments.facts(plan, IncidentAssessments.ticked(plan, established));
    }

    /** True for a criterion a person ticks (an occurrence or an observation), false for one a metric measures. */
    public static boolean establishable(LevelCriterion criterion) {
        return IncidentAssessments.establishable(criterion);
    }

    /**
     * Takes the proposed level as the incident's level; a proposal of no level has nothing to confirm. An incident
     * still in 接报 moves to 研判 with it.
     */
    public LevelMark confirm(long assessmentId) {
        return assessments.confirm(assessmentId);
    }

    /** Decides another level of the incident's plan than the one proposed; {@code reason} is required. */
    public LevelMark override(long assessmentId, String levelId, String reason) {
        return assessments.override(assessmentId, levelId, reason);
    }

    // ---- parties

    /** Which roster units play the parties the plan names only per incident (事发单位, 主管部门). */
    public IncidentParties parties() {
        return parties;
    }

    // ---- tasks

    /** Gives a task to a member unit or working group of the roster, due at {@code dueAt} (null: no due time). */
    public HandlingTask assignTask(long incidentId, long unitId, String description, Instant dueAt) {
        return tasks.assign(incidentId, unitId, description, dueAt);
    }

    /**
     * The due time the incident's plan suggests for a task given to unit {@code unitId} (see {@link TaskDue});
     * empty when the plan sets nothing that fits.
     */
    public Optional<TaskDue> suggestTaskDue(long incidentId, long unitId) {
        return tasks.suggestDue(incidentId, unitId);
    }

    /**
     * Sets the status of the task as it was {@code read}; a finished task ({@link TaskStatus#DONE}) needs its result.
     * If anyone changed the task since it was read, the change is refused as stale, naming who and when. A unit
     * liaison may update only a task of their own unit.
     */
    public HandlingTask updateTask(HandlingTask read, TaskStatus status, String result) {
        return tasks.update(read, status, result);
    }

    // ---- notes, statements, keywords, metrics

    /** A free note in the timeline. */
    public void addNote(long incidentId, String text) {
        Access.require(changes.actors(), Permission.INCIDENT_RECORD);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("note.text", text, MAX_NOTE, problems);
        refuseIfAny(problems);
        changes.change(incidentId,
                (s, incident, stamp) -> new IncidentChanges.Outcome<>(null, new TimelineFact.Note(), text.strip()));
    }

    /** The incidents' statements: drafted, submitted, approved by a leader (统一口径) or returned, and released. */
    public IncidentStatements statements() {
        return statements;
    }

    /** The incidents' secrecy marks (密级 and 保密期限), and intake and corrections with their mark. */
    public IncidentSecrecy secrecy() {
        return secrecy;
    }

    /** The incidents' monitoring keywords (监测主题和关键词). */
    public MonitoringKeywords keywords() {
        return keywords;
    }

    // ---- metrics

    /** Records one metrics point entered by hand. */
    public MetricPoint addMetrics(long incidentId, MetricPoint.Figures figures) {
        Access.require(changes.actors(), Permission.INCIDENT_EDIT);
        refuseIfAny(MetricRules.check(figures, changes.clock().instant()));
        return changes.change(incidentId, (s, incident, stamp) -> {
            long id = s.metrics().insert(incidentId, figures, stamp);
            MetricPoint point = s.metrics().forIncident(incidentId).stream().filter(p -> p.id() == id).findFirst()
                    .orElseThrow();
            TimelineFact fact = new TimelineFact.MetricsRecorded(id, figures.reads(), figures.reposts(),
                    figures.comments(), figures.likes(), figures.heatIndex(),
                    figures.stage() == null || figures.stage().isBlank() ? null : figures.stage().strip());
            return new IncidentChanges.Outcome<>(point, fact, null);
        });
    }

    /** Records checked points (an import) as one change with one timeline row. */
    int addMetricsBatch(long incidentId, List<MetricPoint.Figures> points, String source) {
        return changes.change(incidentId, (s, incident, stamp) -> {
            points.forEach(p -> s.metrics().insert(incidentId, p, stamp));
            return new IncidentChanges.Outcome<>(points.size(), new TimelineFact.MetricsImported(source, points.size()),
                    null);
        });
    }

    /** Who acts now, for the guards of this package's services that hold no source of their own. */
    ActorSource actors() {
        return changes.actors();
    }

    /** The shift handovers (交接班) of the office's duty. */
    public ShiftHandovers handovers() {
        return handovers;
    }

    // ---- helpers

    private PlanVersion activePlan() {
        OfficePlan active = plans.activePlan().orElseThrow(() -> refused("plan", "incident.noActivePlan"));
        return plans.current(active.id());
    }

    static void refuseIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    static ValidationException refused(String field, String key, Object... args) {
        return new ValidationException(List.of(Violation.of(field, key, args)));
    }

    private static ValidationException unknown(String numberText) {
        return refused("incident", "incident.unknown", String.valueOf(numberText));
    }
}
