package org.incidentdesk.service.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.escalation.Alarm;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.domain.escalation.AlertStage;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineChange;
import org.incidentdesk.domain.escalation.DeadlineEscalation;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.escalation.DeadlinePlanner;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.escalation.EscalationChain;
import org.incidentdesk.domain.escalation.IncidentTimes;
import org.incidentdesk.domain.event.DeadlineChanged;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.event.WarningChanged;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.plan.PlanVersions;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.Unguarded;

/**
 * The deadlines of incidents (R9–R14): derived from the incident's own plan version whenever it is taken,
 * assessed or re-assessed, its facts change or it moves phase; met by doing the act; alerted and escalated on
 * the scheduler through {@link DeadlineAlarms}. Every deadline event is one transaction with its timeline row and
 * audit entry, announced after commit as {@link DeadlineChanged} (and {@link IncidentChanged}, so the board
 * reloads). Thread-safe; never call it on the JavaFX thread.
 * <p>
 * Over 400 lines as one piece: deriving, meeting (acts) and raising alerts all change the same rows through the
 * same claim-and-record path ({@code replaceOrStale} + {@code record}) inside one transaction per event; split,
 * each part would need that path opened to the others. The read-only view is {@link DeadlineOverview}.
 */
public final class DeadlineService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeadlineService.class);
    private static final Set<TimelineKind> REDERIVE_ON = EnumSet.of(TimelineKind.INTAKE, TimelineKind.LEVEL,
            TimelineKind.FACTS, TimelineKind.PHASE);
    /** A chain of repeating reports met by acts already done ends well before this. */
    private static final int MAX_PLANNING_ROUNDS = 100;

    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;
    private final AlertPolicy policy;
    private final DeadlinePlanner planner;
    private final IncidentRecorder recorder;
    /** Alerts are sent in the office's document language. */
    private final TimelineRenderer alertTexts;
    private final PlanVersions planVersions;
    private volatile Consumer<Alert> alertSink = alert -> { };
    /** Alerts whose transaction has not committed yet: shown unrecorded if the database stops answering. */
    private final Set<Alert> inFlight = ConcurrentHashMap.newKeySet();

    public DeadlineService(Store store, Clock clock, ActorSource actors, EventBus events, PlanService plans,
                           ZoneId zone, AlertPolicy policy) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
        this.planVersions = new PlanVersions(plans);
        this.policy = policy;
        this.planner = new DeadlinePlanner(zone);
        this.recorder = new IncidentRecorder(clock, actors, events);
        this.alertTexts = new TimelineRenderer(new Messages(Locale.SIMPLIFIED_CHINESE), zone);
    }

    /** Where raised alerts go after their transaction commits (the notification channels). */
    @Unguarded("wiring: where alerts go, set once at start")
    public void sendAlertsTo(Consumer<Alert> sink) {
        this.alertSink = sink;
    }

    /**
     * Shows the alerts whose write has not committed, without waiting for it: called when the database stops
     * answering (a damaged file can hang a write for ever), so an overdue deadline is still announced even though
     * its timeline row may never be written. Each alert is shown once, whichever comes first.
     */
    @Unguarded("the workstation shows alerts a stuck write holds back")
    public void showAlertsNotYetWritten() {
        for (Alert alert : List.copyOf(inFlight)) {
            if (inFlight.remove(alert)) {
                alertSink.accept(alert);
            }
        }
    }

    /** Sends the committed alerts (those not already shown unrecorded); forgets the batch's alerts either way. */
    private void afterBatch(List<Alert> pending, List<Alert> committed) {
        for (Alert alert : pending) {
            if (inFlight.remove(alert) && committed.contains(alert)) {
                alertSink.accept(alert);
            }
        }
    }

    /**
     * Follows the incidents: re-derives an incident's deadlines with each change that can alter them, and meets
     * those an act recorded on the incident is (a level decided, a statement released) or a warning coming into
     * force is, inside the transaction of the change, so the change and its deadlines commit together or not at
     * all.
     */
    @Unguarded("wiring: subscribes to changes; each change is guarded where it is made")
    public Runnable followIncidents() {
        Runnable incidents = events.subscribeWithin(IncidentChanged.class, this::follow);
        Runnable warnings = events.subscribeWithin(WarningChanged.class, this::followWarning);
        return () -> {
            incidents.run();
            warnings.run();
        };
    }

    /** A warning coming into force decides the level of each incident behind it: it meets their level deadlines. */
    void followWarning(StoreSession s, WarningChanged change) {
        if (change.kind() == WarningChangeKind.ISSUED || change.kind() == WarningChangeKind.APPROVED) {
            change.incidentIds().forEach(id -> recordAction(s, incident(s, id), DeadlineAction.ASSESS));
        }
    }

    void follow(StoreSession s, IncidentChanged change) {
        if (change.kind() == TimelineKind.STATEMENT && released(s, change)) {
            recordAction(s, incident(s, change.incidentId()), DeadlineAction.RESPOND);
        }
        if (!REDERIVE_ON.contains(change.kind())) {
            return;
        }
        Incident incident = incident(s, change.incidentId());
        if (incident.phase() == IncidentPhase.ARCHIVED) {
            return; // its deadlines were closed when it ended; an archived record changes no more
        }
        if (change.kind() == TimelineKind.LEVEL) {
            recordAction(s, incident, DeadlineAction.ASSESS);
        } else {
            applyPlanner(s, incident, stamp());
        }
    }

    /** The change recorded a statement released to the public (the row's fact says so). */
    private static boolean released(StoreSession s, IncidentChanged change) {
        return s.timeline().forIncident(change.incidentId(), TimelineKind.STATEMENT).stream()
                .anyMatch(e -> e.id() == change.timelineEntryId() && e.fact() instanceof TimelineFact.StatementReleased);
    }

    // ---- reading

    public List<Deadline> deadlines(long incidentId) {
        return store.inTransaction(s -> s.deadlines().forIncident(incidentId));
    }

    public List<DeadlineEscalation> escalations(long incidentId) {
        return store.inTransaction(s -> s.deadlines().escalationsOf(incidentId));
    }

    public Optional<Deadline> find(long deadlineId) {
        return store.inTransaction(s -> s.deadlines().find(deadlineId));
    }

    /** Every open deadline of every incident, by due instant: the alert list. */
    public List<Deadline> open() {
        return store.inTransaction(s -> s.deadlines().open());
    }

    /** What a workstation arms at start. */
    public List<Deadline> armable() {
        return store.inTransaction(s -> s.deadlines().armable());
    }

    /**
     * What another workstation (or this one) changed since {@code since}, except the deadlines {@code held} says
     * are armed at that version already.
     */
    public List<Deadline> armableChangedSince(Instant since, BiPredicate<Long, Integer> held) {
        return store.inTransaction(s -> s.deadlines().armableChangedSince(since, held));
    }

    /** The plan version the incident runs under (cached: a stored version never changes). */
    public ContingencyPlan planOf(Incident incident) {
        return planVersions.of(incident.planId(), incident.planVersion());
    }

    // ---- deriving

    /** Brings the incident's deadlines in line with its plan version, level, category, times and phase. */
    @Unguarded("recomputes deadlines from the plan; the same result whoever asks")
    public List<Deadline> derive(long incidentId) {
        return store.inTransaction(s -> {
            Incident incident = incident(s, incidentId);
            applyPlanner(s, incident, stamp());
            return s.deadlines().forIncident(incidentId);
        });
    }

    /**
     * Brings the deadlines of every open incident in line with its plan, at start: an incident taken while the
     * workstation ran an older version (or whose deadlines were never derived) gets them now. Each incident is
     * its own transaction, so one that fails (logged) does not hold up the others. Returns how many incidents
     * had a deadline created or changed.
     */
    @Unguarded("the workstation at start brings every open incident in line with its plan")
    public int deriveOpenIncidents() {
        List<Long> open = store.inTransaction(s -> s.incidents().list().stream()
                .filter(i -> i.phase().isOpen()).map(Incident::id).toList());
        int changed = 0;
        for (long id : open) {
            try {
                if (!deadlines(id).equals(derive(id))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.error("deadlines of incident {} could not be derived at start", id, e);
            }
        }
        return changed;
    }

    private void applyPlanner(StoreSession s, Incident incident, Stamp stamp) {
        ContingencyPlan plan = planOf(incident);
        IncidentTimes times = times(s, incident);
        String levelId = incident.level() == null ? null : incident.level().id();
        for (int round = 0; round < MAX_PLANNING_ROUNDS; round++) {
            List<DeadlineChange> changes = planner.plan(plan.deadlines(), plan.responseTimes().immediately(),
                    levelId, incident.categoryId(), times,
                    s.deadlines().forIncident(incident.id()), s.deadlines().actionsOf(incident.id()), stamp.at());
            if (changes.isEmpty()) {
                return;
            }
            changes.forEach(change -> apply(s, incident, plan, levelId, change, stamp));
        }
        throw new IllegalStateException("deadlines of incident " + incident.number() + " do not settle");
    }

    private void apply(StoreSession s, Incident incident, ContingencyPlan plan, String levelId, DeadlineChange change,
                       Stamp stamp) {
        switch (change) {
            case DeadlineChange.Create c -> {
                Alarm alarm = firstAlarm(plan, c.rule().id(), c.start(), c.due(), stamp.at());
                long id = s.deadlines().insert(incident.id(), c.rule(), c.occurrence(),
                        c.rule().levels().isEmpty() ? null : levelId, c.start(), c.due(), alarm, stamp);
                Deadline created = s.deadlines().find(id).orElseThrow();
                record(s, incident, plan, created, DeadlineEventKind.CREATED, null, false, stamp);
                if (c.metBy() != null) {
                    Deadline met = created.met(c.metBy().at(), stamp.actor().name());
                    replaceOrStale(s, created, met, stamp);
                    record(s, incident, plan, met, DeadlineEventKind.MET, null, false, stamp);
                }
            }
            case DeadlineChange.Retime r -> {
                Alarm alarm = firstAlarm(plan, r.deadline().ruleId(), r.start(), r.due(), stamp.at());
                Deadline after = r.deadline().retimed(r.start(), r.due(), alarm);
                replaceOrStale(s, r.deadline(), after, stamp);
                record(s, incident, plan, after, DeadlineEventKind.RETIMED, null, false, stamp);
            }
            case DeadlineChange.Close c -> {
                Deadline after = c.deadline().closed(c.state());
                replaceOrStale(s, c.deadline(), after, stamp);
                DeadlineEventKind kind = c.state() == DeadlineState.MISSED ? DeadlineEventKind.MISSED
                        : DeadlineEventKind.SUPERSEDED;
                record(s, incident, plan, after, kind, c.reason(), false, stamp);
            }
        }
    }

    /**
     * The first alert of a deadline. A 立即 duty's reminder comes a quarter of its response window before due, not
     * a quarter of the time since the event was discovered (which would remind the moment the report is taken).
     */
    private Alarm firstAlarm(ContingencyPlan plan, String ruleId, Instant start, Instant due, Instant now) {
        boolean immediate = plan.deadline(ruleId).map(r -> r.timing() == Timing.IMMEDIATELY).orElse(false);
        return policy.first(ruleId, immediate && start.isBefore(now) ? now : start, due, now);
    }

    private static IncidentTimes times(StoreSession s, Incident incident) {
        Instant ended = null;
        if (!incident.phase().isOpen()) {
            ended = s.timeline().forIncident(incident.id(), TimelineKind.PHASE).stream()
                    .filter(e -> e.fact() instanceof TimelineFact.PhaseMoved move && move.to() == IncidentPhase.ENDED)
                    .map(TimelineEntry::at).reduce((a, b) -> b).orElse(incident.updatedAt());
        }
        return new IncidentTimes(incident.happenedAt() == null ? null : incident.happenedAt().toInstant(),
                incident.discoveredAt().toInstant(), incident.createdAt(), ended);
    }

    // ---- acting

    /**
     * Records that {@code kind} was done for the incident now, by the current actor: see {@link #actDone}.
     */
    public List<Deadline> recordAction(long incidentId, DeadlineAction kind) {
        Stamp stamp = stamp();
        return actDone(incidentId, kind, stamp.at(), stamp.actor().name());
    }

    /**
     * The act {@code act} was done on incident {@code incidentId} at {@code at} by {@code by}: meets the open
     * deadline of each rule whose act it is (met at {@code at}), records the act so a deadline derived later is
     * met by it, and lets a repeating rule's next report count from it. Its own transaction (joining the
     * caller's, when called inside one); returns the deadlines this act met (empty when nothing was owed).
     */
    public List<Deadline> actDone(long incidentId, DeadlineAction act, Instant at, String by) {
        Access.require(actors, Permission.INCIDENT_RECORD);
        return store.inTransaction(s -> actDone(s, incidentId, act, at, by));
    }

    /**
     * As {@link #actDone(long, DeadlineAction, Instant, String)}, inside the caller's transaction {@code s}, so
     * the act's own record (a dispatch, a call) and the deadlines it meets commit or roll back together; the
     * events go out with the caller's commit.
     */
    @Unguarded("joins the caller's transaction; the caller's own action is guarded")
    public List<Deadline> actDone(StoreSession s, long incidentId, DeadlineAction act, Instant at, String by) {
        return recordAction(s, incident(s, incidentId), act,
                new Stamp(at, new org.incidentdesk.domain.common.Actor(by)));
    }

    /**
     * A call that got through to the party a deadline reports to is the report, where the rule asks for no
     * written form (立即报告带班领导 by phone): it meets that deadline. Returns whether it did.
     */
    boolean callReached(StoreSession s, Deadline d, String calledRole, Stamp stamp) {
        Incident incident = incident(s, d.incidentId());
        ContingencyPlan plan = planOf(incident);
        boolean spoken = plan.deadline(d.ruleId()).map(rule -> rule.form() == null).orElse(false);
        if (!d.state().isOpen() || !spoken || calledRole == null || !calledRole.equals(d.recipientRole())) {
            return false;
        }
        meet(s, incident, plan, d, stamp);
        applyPlanner(s, incident, stamp);
        return true;
    }

    private void recordAction(StoreSession s, Incident incident, DeadlineAction kind) {
        recordAction(s, incident, kind, stamp());
    }

    private List<Deadline> recordAction(StoreSession s, Incident incident, DeadlineAction kind, Stamp stamp) {
        ContingencyPlan plan = planOf(incident);
        s.deadlines().addAction(incident.id(), kind, stamp);
        Set<String> rulesMet = new java.util.HashSet<>();
        List<Deadline> met = new ArrayList<>();
        for (Deadline d : s.deadlines().forIncident(incident.id())) {
            if (d.state().isOpen() && d.action() == kind && rulesMet.add(d.ruleId())) {
                meet(s, incident, plan, d, stamp);
                met.add(s.deadlines().find(d.id()).orElseThrow());
            }
        }
        applyPlanner(s, incident, stamp);
        return met;
    }

    /** Meets one deadline by hand (an act the plan names only in words, e.g. 到达现场). */
    public Deadline complete(long deadlineId) {
        Access.require(actors, Permission.INCIDENT_RECORD);
        return store.inTransaction(s -> {
            Deadline d = openDeadline(s, deadlineId);
            Incident incident = incident(s, d.incidentId());
            Stamp stamp = stamp();
            meet(s, incident, planOf(incident), d, stamp);
            applyPlanner(s, incident, stamp);
            return s.deadlines().find(deadlineId).orElseThrow();
        });
    }

    private void meet(StoreSession s, Incident incident, ContingencyPlan plan, Deadline d, Stamp stamp) {
        Deadline met = d.met(stamp.at(), stamp.actor().name());
        replaceOrStale(s, d, met, stamp);
        record(s, incident, plan, met, DeadlineEventKind.MET, null, false, stamp);
    }

    /**
     * Acknowledges the incident's raised alerts: every overdue deadline (its escalation stops) and every open one
     * already reminded. Returns how many were acknowledged.
     */
    public int acknowledge(long incidentId) {
        Access.require(actors, Permission.ALERT_ACKNOWLEDGE);
        return store.inTransaction(s -> {
            Incident incident = incident(s, incidentId);
            Stamp stamp = stamp();
            int count = 0;
            for (Deadline d : s.deadlines().forIncident(incidentId)) {
                if (d.alertRaised() && (d.acknowledgedAt() == null || d.state() == DeadlineState.OVERDUE
                        && !d.acknowledgedWhenOverdue())) {
                    acknowledge(s, incident, d, stamp);
                    count++;
                }
            }
            return count;
        });
    }

    /** Acknowledges one deadline's alert. */
    public Deadline acknowledgeDeadline(long deadlineId) {
        Access.require(actors, Permission.ALERT_ACKNOWLEDGE);
        return store.inTransaction(s -> {
            Deadline d = openDeadline(s, deadlineId);
            return acknowledge(s, incident(s, d.incidentId()), d, stamp());
        });
    }

    private Deadline acknowledge(StoreSession s, Incident incident, Deadline d, Stamp stamp) {
        Deadline after = d.acknowledged(stamp.at(), stamp.actor().name());
        if (after.acknowledgedWhenOverdue() && after.nextAlert() == AlertStage.ESCALATION) {
            after = after.alerted(after.state(), after.escalations(), null);
        }
        replaceOrStale(s, d, after, stamp);
        record(s, incident, planOf(incident), after, DeadlineEventKind.ACKNOWLEDGED, null, false, stamp);
        return after;
    }

    // ---- alerting

    /**
     * Raises the alert deadline {@code deadlineId} has armed, if the row is still at {@code version} and the
     * alert is due: claims it with a conditional update (a workstation that loses the claim does nothing),
     * advances it to its next alert, and writes the timeline row. Returns the deadline as it is afterwards, or
     * empty when there was nothing to raise (stale, already raised elsewhere, or not yet due).
     */
    @Unguarded("the scheduler raising a due alert")
    public Optional<Deadline> raiseAlert(long deadlineId, int version) {
        Instant now = clock.instant();
        List<Alert> pending = new ArrayList<>(1);
        List<Alert> raised = new ArrayList<>(1);
        try {
            Optional<Deadline> result = store.inTransaction(
                    s -> raise(s, new AlarmClaim(deadlineId, version), now, pending, raised));
            afterBatch(pending, raised);
            return result;
        } finally {
            afterBatch(pending, List.of());
        }
    }

    /** An armed alert to raise: deadline {@code deadlineId}, armed at row version {@code version}. */
    public record AlarmClaim(long deadlineId, int version) {
    }

    /**
     * Raises several due alerts in one transaction, each claimed by its own conditional update exactly as
     * {@link #raiseAlert} does (a claim another workstation won is skipped, the others go on), so a burst of
     * alerts costs one commit instead of one per alert. Returns each deadline as it is afterwards, by id; a
     * claim with nothing to raise maps to the row as it is now (or is absent when the row is gone).
     */
    @Unguarded("the scheduler raising due alerts")
    public Map<Long, Deadline> raiseAlerts(List<AlarmClaim> claims) {
        Instant now = clock.instant();
        List<Alert> pending = new ArrayList<>(claims.size());
        List<Alert> raised = new ArrayList<>(claims.size());
        try {
            Map<Long, Deadline> after = store.inTransaction(s -> {
                Map<Long, Deadline> rows = new java.util.LinkedHashMap<>();
                for (AlarmClaim claim : claims) {
                    raise(s, claim, now, pending, raised).or(() -> s.deadlines().find(claim.deadlineId()))
                            .ifPresent(d -> rows.put(d.id(), d));
                }
                return rows;
            });
            afterBatch(pending, raised);
            return after;
        } finally {
            afterBatch(pending, List.of()); // rolled back: nothing more to show (shown already if it hung)
        }
    }

    /**
     * Claims and records one due alert. The alert is composed before anything is written and held as in flight,
     * so that a write that never returns cannot swallow it ({@link #showAlertsNotYetWritten}).
     */
    private Optional<Deadline> raise(StoreSession s, AlarmClaim claim, Instant now, List<Alert> pending,
                                     List<Alert> raised) {
        long deadlineId = claim.deadlineId();
        Optional<Deadline> found = s.deadlines().find(deadlineId);
        if (found.isEmpty() || !isDue(found.get(), claim.version(), now)) {
            return Optional.empty();
        }
        Deadline d = found.get();
        Incident incident = incident(s, d.incidentId());
        ContingencyPlan plan = planOf(incident);
        EscalationChain chain = EscalationChain.of(plan, d);
        AlertStage stage = d.nextAlert() == AlertStage.REMINDER && !now.isBefore(d.dueAt())
                ? AlertStage.OVERDUE : d.nextAlert();
        DeadlineState state = stage == AlertStage.REMINDER ? d.state() : DeadlineState.OVERDUE;
        int steps = stage == AlertStage.ESCALATION ? d.escalations() + 1 : d.escalations();
        String toRole = stage == AlertStage.ESCALATION && !chain.isEmpty() ? chain.roleForStep(steps) : null;
        Deadline advanced = d.alerted(state, steps, null);
        Deadline after = advanced.alerted(state, steps,
                policy.after(stage, advanced, chain.length(), plan.responseTimes().remindAfterTop(), now)
                        .orElse(null));
        Stamp stamp = stamp(now);
        DeadlineEventKind kind = switch (stage) {
            case REMINDER -> DeadlineEventKind.REMINDED;
            case OVERDUE -> DeadlineEventKind.OVERDUE;
            case ESCALATION -> DeadlineEventKind.ESCALATED;
        };
        boolean late = policy.isLate(d.nextAlertAt(), now);
        TimelineFact.DeadlineEvent fact = fact(plan, after, kind, toRole, late, d.nextAlertAt());
        Alert alert = new Alert(d.id(), incident.id(), incident.number().toString(), kind, d.ruleId(), d.dueAt(),
                toRole, alertTexts.describe(fact), late, now);
        pending.add(alert);
        inFlight.add(alert);
        if (!s.deadlines().replace(d, after, stamp)) {
            inFlight.remove(alert);
            return Optional.empty();
        }
        if (toRole != null) {
            s.deadlines().addEscalation(d.id(), steps, now, toRole);
        }
        record(s, incident, after, kind, late, fact, stamp);
        raised.add(alert);
        return s.deadlines().find(deadlineId);
    }

    private static boolean isDue(Deadline d, int version, Instant now) {
        return d.version() == version && d.state().isOpen() && d.nextAlertAt() != null
                && !d.nextAlertAt().isAfter(now);
    }

    // ---- recording

    private void record(StoreSession s, Incident incident, ContingencyPlan plan, Deadline d, DeadlineEventKind kind,
                        String detail, boolean late, Stamp stamp) {
        record(s, incident, plan, d, kind, detail, late, stamp, null);
    }

    private String record(StoreSession s, Incident incident, ContingencyPlan plan, Deadline d,
                          DeadlineEventKind kind, String detail, boolean late, Stamp stamp, Instant alertAt) {
        TimelineFact.DeadlineEvent fact = fact(plan, d, kind, detail, late, alertAt);
        record(s, incident, d, kind, late, fact, stamp);
        return alertTexts.describe(fact);
    }

    private void record(StoreSession s, Incident incident, Deadline d, DeadlineEventKind kind, boolean late,
                        TimelineFact.DeadlineEvent fact, Stamp stamp) {
        long entry = recorder.record(s, incident.id(), fact, null, stamp);
        s.raise(new DeadlineChanged(events.origin(), incident.id(), d.id(), kind, late, entry));
    }

    private static TimelineFact.DeadlineEvent fact(ContingencyPlan plan, Deadline d, DeadlineEventKind kind,
                                                   String detail, boolean late, Instant alertAt) {
        return new TimelineFact.DeadlineEvent(d.id(), d.ruleId(), d.occurrence(), kind,
                d.actionText(), DeadlineTexts.role(plan, d.ownerRole()), d.startedAt(), d.dueAt(),
                kind == DeadlineEventKind.MET ? d.metAt() : null, d.escalations(),
                kind == DeadlineEventKind.ESCALATED && detail != null ? DeadlineTexts.role(plan, detail) : null,
                kind == DeadlineEventKind.MISSED || kind == DeadlineEventKind.SUPERSEDED ? detail : null,
                late ? alertAt : null, kind == DeadlineEventKind.ESCALATED ? EscalationChain.of(plan, d).length() : null,
                kind == DeadlineEventKind.ESCALATED ? plan.responseTimes().remindAfterTop().toMinutes() : null);
    }

    private static void replaceOrStale(StoreSession s, Deadline before, Deadline after, Stamp stamp) {
        if (!s.deadlines().replace(before, after, stamp)) {
            throw new org.incidentdesk.domain.common.StaleDataException("deadline", before.id());
        }
    }

    private static Incident incident(StoreSession s, long incidentId) {
        return s.incidents().find(incidentId).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("incident", "incident.unknown", String.valueOf(incidentId)))));
    }

    private static Deadline openDeadline(StoreSession s, long deadlineId) {
        return s.deadlines().find(deadlineId).filter(d -> d.state().isOpen())
                .orElseThrow(() -> new ValidationException(List.of(
                        Violation.of("deadline", "deadline.notOpen", String.valueOf(deadlineId)))));
    }

    private Stamp stamp() {
        return recorder.stamp();
    }

    private Stamp stamp(Instant at) {
        return recorder.stamp(at);
    }
}
