package org.incidentdesk.service.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.event.WarningChanged;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.report.forms.WarningNoticeData;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.plan.PlanVersion;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;

/**
 * Use cases of warnings (预警, R4–R7): reading warnings, their history and notice form here; issuing, approving,
 * adjusting and lifting in {@link #decisions()}, the assessment board in {@link #board()}, the units notified and
 * their acknowledgements in {@link #receipts()}, who may issue what in {@link #authorities()}. Each change is one
 * transaction that also writes the history row, a timeline row on each linked incident and an
 * audit entry, and is announced ({@link WarningChanged}, {@link IncidentChanged}) after it commits; a refused
 * change stores nothing. Thread-safe; never call it on the JavaFX thread.
 */
public final class WarningService {
    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final PlanService plans;
    private final IncidentService incidents;
    private final ZoneId zone;
    private final WarningAuthorityQueries authorityQueries;
    private final WarningDecisions decisions;
    private final WarningAssessmentBoard board;
    private final WarningReceipts receipts;

    public WarningService(Store store, Clock clock, ActorSource actors, EventBus events, PlanService plans,
                          IncidentService incidents, LevelAssessor assessor, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.plans = plans;
        this.incidents = incidents;
        this.zone = zone;
        this.authorityQueries = new WarningAuthorityQueries(plans);
        IncidentRecorder recorder = new IncidentRecorder(clock, actors, events);
        this.decisions = new WarningDecisions(this, store, zone, incidents, authorityQueries, new WarningNotices(),
                new WarningChangeLog(events, incidents, recorder), this::stamp, actors);
        this.board = new WarningAssessmentBoard(store, clock, zone, incidents, assessor, recorder, this::stamp, actors);
        this.receipts = new WarningReceipts(store, events, this::stamp, actors);
    }

    /** Who acts now, for the guards of the warning services that hold no source of their own. */
    ActorSource actors() {
        return actors;
    }

    // ---- reading

    /** The warnings in force now, newest first: issued, not lifted, and started (one set to start later is not). */
    public List<Warning> active() {
        Instant now = clock.instant();
        return read(s -> s.warnings().withStatus(WarningStatus.ACTIVE)).stream().filter(w -> w.inForceAt(now))
                .toList();
    }

    /** Every warning, newest first. */
    public List<Warning> all() {
        return read(s -> s.warnings().list());
    }

    public Optional<Warning> find(long id) {
        return read(s -> s.warnings().find(id));
    }

    /** The warnings an incident is behind, newest first. */
    public List<Warning> ofIncident(long incidentId) {
        return read(s -> s.warnings().ofIncident(incidentId));
    }

    /** The warning a number ("2026-Y003", or "Y3" for this year) or a database id names; refused naming the text. */
    public Warning byNumberOrId(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Optional<Warning> found = Optional.empty();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:(\\d{4})-)?Y(\\d{1,6})").matcher(t);
        if (m.matches()) {
            int year = m.group(1) == null ? clock.instant().atZone(zone).getYear() : Integer.parseInt(m.group(1));
            int seq = Integer.parseInt(m.group(2));
            found = read(s -> s.warnings().find(year, seq));
        } else if (t.matches("\\d{1,18}")) {
            found = find(Long.parseLong(t));
        }
        return found.orElseThrow(() -> WarningRefusal.of("warning", "warning.unknown", String.valueOf(text)));
    }

    /** The numbers of the incidents behind the warning, as people say them ("2026-017"). */
    public List<String> incidentNumbers(Warning warning) {
        return read(s -> warning.incidentIds().stream()
                .map(id -> s.incidents().find(id).map(i -> i.number().toString()).orElse(String.valueOf(id))).toList());
    }

    /** The level of a warning, resolved through the plan version it was issued under. */
    public WarningLevel levelOf(Warning warning) {
        return planOf(warning).level(warning.levelId()).orElseThrow();
    }

    public ContingencyPlan planOf(Warning warning) {
        return plans.version(warning.planId(), warning.planVersion()).plan();
    }

    /** The most severe level among the active warnings; empty when none is in force. */
    public Optional<WarningLevel> overallLevel() {
        return overall().level();
    }

    public OverallWarning overall() {
        List<Warning> active = active();
        Optional<WarningLevel> level = active.stream().min(Comparator.comparingInt(Warning::levelRank))
                .map(this::levelOf);
        return new OverallWarning(level, active.size());
    }

    /** The sensitive period of the active plan in force today (in the office's zone); the largest raise wins. */
    public Optional<SensitivePeriod> sensitivePeriodNow() {
        return activePlanOrNone().flatMap(plan -> plan.plan().sensitivePeriods().stream()
                .filter(p -> p.covers(clock.instant().atZone(zone).toLocalDate()))
                .max(Comparator.comparingInt(SensitivePeriod::raise)));
    }

    /** Who may issue which level under the active plan. */
    public WarningAuthorityQueries authorities() {
        return authorityQueries;
    }

    /** Issuing, approving, adjusting and lifting warnings. */
    public WarningDecisions decisions() {
        return decisions;
    }

    /** The assessment board of an incident and the experts' opinions on it. */
    public WarningAssessmentBoard board() {
        return board;
    }

    /** The units told to prepare for a warning and their acknowledgements. */
    public WarningReceipts receipts() {
        return receipts;
    }

    // ---- history

    /** Every warning's history, oldest first. */
    public List<WarningChange> history() {
        return read(s -> s.warnings().changes());
    }

    public List<WarningChange> history(long warningId) {
        return read(s -> s.warnings().changesOf(warningId));
    }

    /** The history of the warnings the incident is behind, oldest first. */
    public List<WarningChange> historyOfIncident(long incidentId) {
        return read(s -> s.warnings().changesOfIncident(incidentId));
    }

    // ---- the notice form

    /** The 预警通知 of a stored warning: issued, its latest adjustment, or its lifting. */
    public WarningNoticeData noticeData(long warningId, WarningNoticeData.Action action) {
        Warning warning = load(warningId);
        return new WarningNoticeForm(this, zone).data(warning, action, history(warningId),
                warning.incidentIds().stream().map(id -> incidents.detail(id).incident()).toList());
    }

    // ---- helpers

    /** The stored warning; refused naming the id when there is none. */
    Warning load(long warningId) {
        return find(warningId).orElseThrow(() -> WarningRefusal.of("warning", "warning.unknown", String.valueOf(warningId)));
    }

    private PlanVersion activePlan() {
        return authorityQueries.activePlan();
    }

    private Optional<PlanVersion> activePlanOrNone() {
        return authorityQueries.activePlanOrNone();
    }

    private <T> T read(Function<StoreSession, T> query) {
        return store.inTransaction(query);
    }

    private Stamp stamp() {
        return new Stamp(clock.instant(), actors.current());
    }

    Instant now() {
        return clock.instant();
    }
}
