package org.incidentdesk.service.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.event.NoticeAcknowledged;
import org.incidentdesk.domain.event.WarningChanged;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.ExpertOpinion;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.report.forms.WarningNoticeData;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.LevelProposal;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.plan.PlanVersion;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.store.WarningRepository;

/**
 * Use cases of warnings (预警, R4–R7): the assessment board, issuing by the plan's authority for the level (or
 * proposing for approval), adjusting, lifting, the units notified and their acknowledgements, and the history.
 * Each change is one transaction that also writes the history row, a timeline row on each linked incident and an
 * audit entry, and is announced ({@link WarningChanged}, {@link IncidentChanged}) after it commits; a refused
 * change stores nothing. Thread-safe; never call it on the JavaFX thread.
 */
public final class WarningService {
    static final int MAX_SCOPE = 1000;
    static final int MAX_LINE = 500;
    static final int MAX_REASON = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_JUDGEMENT = 2000;
    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;
    private final PlanService plans;
    private final IncidentService incidents;
    private final LevelAssessor assessor;
    private final ZoneId zone;
    private final WarningNotices notices;
    private final WarningAuthorityQueries authorityQueries;
    private final IncidentRecorder recorder;

    public WarningService(Store store, Clock clock, ActorSource actors, EventBus events, PlanService plans,
                          IncidentService incidents, LevelAssessor assessor, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
        this.plans = plans;
        this.incidents = incidents;
        this.assessor = assessor;
        this.zone = zone;
        this.notices = new WarningNotices();
        this.authorityQueries = new WarningAuthorityQueries(plans);
        this.recorder = new IncidentRecorder(clock, actors, events);
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

    // ---- assessment board

    /** The board from what the incident's record knows (its category and latest metrics). */
    public WarningAssessment assess(long incidentId) {
        return assess(incidentId, EventFacts.none());
    }

    /**
     * The assessor's proposal for the incident on {@code facts} (completed with its category and metrics), every
     * criterion of its plan version checked, the sensitive period in force and the opinions recorded. Records
     * nothing: {@link IncidentService#assess} records an assessment.
     */
    public WarningAssessment assess(long incidentId, EventFacts facts) {
        Incident incident = incidents.detail(incidentId).incident();
        ContingencyPlan plan = incidents.planOf(incident);
        EventFacts complete = incidents.completeFacts(incidentId, facts);
        LevelProposal proposal = incidents.propose(incidentId, facts);
        List<CriterionCheck> checklist = new ArrayList<>();
        for (WarningLevel level : plan.levelsBySeverity()) {
            level.criteria().forEach(c -> checklist.add(new CriterionCheck(level.id(), c.id(), c.text(),
                    assessor.isMet(plan, c, complete))));
        }
        Optional<SensitivePeriod> period = plan.sensitivePeriods().stream()
                .filter(p -> p.covers(clock.instant().atZone(zone).toLocalDate()))
                .max(Comparator.comparingInt(SensitivePeriod::raise));
        List<ExpertOpinion> opinions = read(s -> s.warnings().opinions(incidentId));
        return new WarningAssessment(incidentId, proposal.level(), proposal.assessedLevel(), proposal.reasons(),
                checklist, period, opinions);
    }

    /** Records an expert's judgement on the incident (and on its timeline); {@code levelId} may be null. */
    public ExpertOpinion recordOpinion(long incidentId, String expert, String judgement, String levelId) {
        return store.inTransaction(s -> recordOpinionChecked(incidentId, expert, judgement, levelId));
    }

    private ExpertOpinion recordOpinionChecked(long incidentId, String expert, String judgement, String levelId) {
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("warning.expert", expert, MAX_NAME, problems);
        IncidentRules.requiredText("warning.judgement", judgement, MAX_JUDGEMENT, problems);
        refuseIfAny(problems);
        Incident incident = incidents.detail(incidentId).incident();
        String level = levelId == null || levelId.isBlank() ? null
                : level(incidents.planOf(incident), levelId).id();
        return store.inTransaction(s -> {
            Stamp stamp = stamp();
            long id = s.warnings().insertOpinion(incidentId, expert.strip(), judgement.strip(), level, stamp);
            recorder.record(s, incidentId, new TimelineFact.ExpertOpinionGiven(id, expert.strip(), level),
                    judgement.strip(), stamp);
            return s.warnings().opinions(incidentId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        });
    }

    /** Who may issue which level under the active plan. */
    public WarningAuthorityQueries authorities() {
        return authorityQueries;
    }

    // ---- issue, approve, adjust, lift

    /**
     * Issues a warning under the active plan's current version: in force at once when the issuer has the
     * authority for the level, waiting for approval when the office proposes it, refused otherwise. A warning in
     * force notifies the units that must prepare. The level is named by id or name; the issuer by role id or
     * name, or left empty for the role with the authority.
     */
    public Warning issue(WarningDraft draft) {
        return store.inTransaction(s -> issueChecked(draft));
    }

    /** Checks and writes of {@link #issue}; the reads join the caller's transaction, so both see one state. */
    private Warning issueChecked(WarningDraft draft) {
        PlanVersion version = activePlan();
        ContingencyPlan plan = version.plan();
        WarningAuthorities authorities = new WarningAuthorities(plan);
        List<Violation> problems = new ArrayList<>();
        if (draft.incidentIds().isEmpty()) {
            problems.add(Violation.of("warning.incident", "warning.noIncident"));
        }
        checkText(draft, problems);
        refuseIfAny(problems);
        WarningLevel level = level(plan, draft.levelId());
        String role = draft.issuerRole() == null || draft.issuerRole().isBlank()
                ? authorities.authoritiesFor(level.id()).stream().findFirst()
                        .orElseThrow(() -> WarningRefusal.of("warning.issuer", "warning.noAuthorityForLevel", level.label()))
                : authorities.resolveRole(draft.issuerRole());
        AuthorityCheck check = authorities.check(role, level.id());
        if (!check.allowed()) {
            throw new WarningRefusal(check.problem());
        }
        List<Incident> linked = draft.incidentIds().stream().distinct()
                .map(id -> incidents.detail(id).incident()).toList();
        String reason = blankToNull(draft.reason());
        if (reason == null && !matchesProposal(linked.get(0), level)) {
            throw WarningRefusal.of("warning.reason", "warning.reasonRequired", level.label());
        }
        String categoryId = draft.categoryId() == null || draft.categoryId().isBlank() ? linked.get(0).categoryId()
                : draft.categoryId().strip();
        if (plan.category(categoryId).isEmpty()) {
            throw WarningRefusal.of("warning.category", "warning.unknownCategory", categoryId);
        }
        WarningStatus status = check.needsApproval() ? WarningStatus.PENDING_APPROVAL : WarningStatus.ACTIVE;
        WarningChangeKind kind = check.needsApproval() ? WarningChangeKind.PROPOSED : WarningChangeKind.ISSUED;
        Warning issued = store.inTransaction(s -> {
            Stamp stamp = stamp();
            OffsetDateTime startsAt = draft.startsAt() != null ? draft.startsAt()
                    : stamp.at().atZone(zone).toOffsetDateTime().withNano(0);
            int year = stamp.at().atZone(zone).getYear();
            int sequence = s.warnings().allocateNumber(year);
            long id = s.warnings().insert(year, sequence, new WarningRepository.NewWarning(version.planId(),
                    version.number(), categoryId, LevelMark.of(level), status, startsAt, draft.scope().strip(),
                    lines(draft.items()), lines(draft.measures()), role,
                    linked.stream().map(Incident::id).toList()), stamp);
            Warning warning = s.warnings().find(id).orElseThrow();
            record(s, warning, kind, null, level, reason, stamp);
            if (status == WarningStatus.ACTIVE) {
                notices.notify(s, warning, plan);
            }
            return s.warnings().find(id).orElseThrow();
        });
        return enterWarningPhase(issued);
    }

    /** The authority for the level approves a warning the office proposed: it comes into force and notifies. */
    public Warning approve(long warningId) {
        return store.inTransaction(s -> approveChecked(warningId));
    }

    private Warning approveChecked(long warningId) {
        Warning pending = load(warningId);
        if (pending.status() != WarningStatus.PENDING_APPROVAL) {
            throw WarningRefusal.of("warning", "warning.notPending", pending.number(), pending.status());
        }
        ContingencyPlan plan = planOf(pending);
        String approver = new WarningAuthorities(plan).authoritiesFor(pending.levelId()).stream().findFirst()
                .orElseThrow(() -> WarningRefusal.of("warning.issuer", "warning.noAuthorityForLevel",
                        levelOf(pending).label()));
        return enterWarningPhase(store.inTransaction(s -> {
            Stamp stamp = stamp();
            s.warnings().approve(pending, approver, stamp);
            Warning warning = s.warnings().find(warningId).orElseThrow();
            record(s, warning, WarningChangeKind.APPROVED, null, levelOf(warning), null, stamp);
            notices.notify(s, warning, plan);
            return s.warnings().find(warningId).orElseThrow();
        }));
    }

    /**
     * Adjusts a warning in force: a new level (raising it needs the authority of the new level; lowering it the
     * authority of the current one) and, where {@code changes} gives them, a new scope, items, measures or start.
     * The role acting is {@code changes.issuerRole()}, or the warning's issuer; the warning is then under its
     * authority (it lifts it, by default). {@code reason} is required.
     */
    public Warning adjust(long warningId, WarningDraft changes, String reason) {
        return store.inTransaction(s -> adjustChecked(warningId, changes, reason));
    }

    private Warning adjustChecked(long warningId, WarningDraft changes, String reason) {
        Warning current = load(warningId);
        requireActive(current, WarningChangeKind.ADJUSTED);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("warning.reason", reason, MAX_REASON, problems);
        refuseIfAny(problems);
        ContingencyPlan plan = planOf(current);
        WarningAuthorities authorities = new WarningAuthorities(plan);
        WarningLevel from = levelOf(current);
        WarningLevel to = changes.levelId() == null || changes.levelId().isBlank() ? from : level(plan, changes.levelId());
        String role = changes.issuerRole() == null || changes.issuerRole().isBlank() ? current.issuerRole()
                : authorities.resolveRole(changes.issuerRole());
        WarningLevel needed = to.rank() < from.rank() ? to : from;
        AuthorityCheck check = authorities.check(role, needed.id());
        if (!check.allowed() || check.needsApproval()) {
            throw new WarningRefusal(check.problem());
        }
        String scope = changes.scope() == null || changes.scope().isBlank() ? current.scope() : changes.scope().strip();
        List<String> items = changes.items().isEmpty() ? current.items() : lines(changes.items());
        List<String> measures = changes.measures().isEmpty() ? current.measures() : lines(changes.measures());
        OffsetDateTime startsAt = changes.startsAt() == null ? current.startsAt() : changes.startsAt();
        if (to.id().equals(from.id()) && scope.equals(current.scope()) && items.equals(current.items())
                && measures.equals(current.measures()) && startsAt.equals(current.startsAt())) {
            throw WarningRefusal.of("warning.level", "warning.nothingToAdjust", current.number(), from.label());
        }
        problems.addAll(lineProblems(scope, items, measures));
        refuseIfAny(problems);
        return store.inTransaction(s -> {
            Stamp stamp = stamp();
            s.warnings().adjust(current, LevelMark.of(to), scope, items, measures, startsAt, role, stamp);
            Warning warning = s.warnings().find(warningId).orElseThrow();
            record(s, warning, WarningChangeKind.ADJUSTED, from, to, reason.strip(), stamp);
            return warning;
        });
    }

    /** Lifts a warning in force (by its issuer); {@code reason} is required; a lifted warning is refused. */
    public Warning lift(long warningId, String reason) {
        return lift(warningId, reason, null);
    }

    /** As {@link #lift(long, String)}, by {@code role} (id or name; null: the warning's issuer). */
    public Warning lift(long warningId, String reason, String role) {
        return store.inTransaction(s -> liftChecked(warningId, reason, role));
    }

    private Warning liftChecked(long warningId, String reason, String role) {
        Warning current = load(warningId);
        requireActive(current, WarningChangeKind.LIFTED);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("warning.reason", reason, MAX_REASON, problems);
        refuseIfAny(problems);
        ContingencyPlan plan = planOf(current);
        WarningAuthorities authorities = new WarningAuthorities(plan);
        String acting = role == null || role.isBlank() ? current.issuerRole() : authorities.resolveRole(role);
        AuthorityCheck check = authorities.check(acting, current.levelId());
        if (!check.allowed() || check.needsApproval()) {
            throw new WarningRefusal(check.problem());
        }
        return store.inTransaction(s -> {
            Stamp stamp = stamp();
            s.warnings().lift(current, reason.strip(), stamp);
            Warning warning = s.warnings().find(warningId).orElseThrow();
            record(s, warning, WarningChangeKind.LIFTED, levelOf(current), null, reason.strip(), stamp);
            return warning;
        });
    }

    // ---- notices

    /** The units told to prepare, with their liaisons and whether they acknowledged. */
    public List<UnitNotice> notices(long warningId) {
        return read(s -> s.warnings().notices(warningId));
    }

    /** Records that the unit received the warning: who confirmed it ({@code by}, required) and now. */
    public UnitNotice acknowledgeReceipt(long noticeId, String by) {
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("warning.acknowledgedBy", by, MAX_NAME, problems);
        refuseIfAny(problems);
        return store.inTransaction(s -> {
            UnitNotice notice = s.warnings().notice(noticeId).orElseThrow(
                    () -> WarningRefusal.of("warning.notice", "warning.unknownNotice", String.valueOf(noticeId)));
            if (notice.acknowledged()) {
                throw WarningRefusal.of("warning.notice", "warning.alreadyAcknowledged", notice.unitName(),
                        notice.acknowledgedBy());
            }
            Stamp stamp = stamp();
            s.warnings().acknowledge(noticeId, by.strip(), stamp);
            Warning warning = s.warnings().find(notice.warningId()).orElseThrow();
            s.audit().append(stamp, "acknowledgeWarning", "warning", warning.number(),
                    FieldChange.set("unit", notice.unitName()), FieldChange.set("acknowledgedBy", by.strip()));
            s.raise(new NoticeAcknowledged(events.origin(), notice.warningId(), noticeId));
            return s.warnings().notice(noticeId).orElseThrow();
        });
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

    private void record(StoreSession s, Warning warning, WarningChangeKind kind, WarningLevel from, WarningLevel to,
                        String reason, Stamp stamp) {
        s.warnings().appendChange(warning.id(), kind, from == null ? null : from.id(), to == null ? null : to.id(),
                reason, stamp);
        TimelineFact.WarningStep step = new TimelineFact.WarningStep(warning.id(), warning.number(), kind,
                from == null ? null : from.label(), to == null ? null : to.label());
        for (Long incidentId : warning.incidentIds()) {
            recorder.record(s, incidentId, step, reason, stamp);
        }
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("level",
                from == null ? null : from.id(), to == null ? null : to.id())));
        if (reason != null) {
            changes.add(FieldChange.set("reason", reason));
        }
        s.audit().append(stamp, kind.name().toLowerCase(Locale.ROOT) + "Warning", "warning", warning.number(), changes);
        WarningChanged changed = new WarningChanged(events.origin(), warning.id(), kind, warning.incidentIds());
        s.raise(changed);
        events.publishWithin(s, changed); // a warning in force meets its incidents' level deadlines, in this tx
    }

    /**
     * A warning in force moves each of its incidents still before 预警 (接报, 研判) into it, by legal moves only (an
     * incident whose level is not decided yet stays where it is), each move the incident's own change, inside the
     * transaction of the warning. Returns the warning.
     */
    private Warning enterWarningPhase(Warning warning) {
        if (warning.status() != WarningStatus.ACTIVE) {
            return warning;
        }
        for (Long incidentId : warning.incidentIds()) {
            Incident incident = incidents.detail(incidentId).incident();
            if (incident.phase().ordinal() < IncidentPhase.WARNING.ordinal()) {
                Lifecycle.pathTo(incident.phase(), p -> p == IncidentPhase.WARNING, incident.levelDecided())
                        .forEach(next -> incidents.advance(incidentId, next));
            }
        }
        return warning;
    }

    /**
     * True when the level is what the incident's latest assessment proposed or decided; false when it was never
     * assessed, or found no warning condition met, or proposed another level (then a reason is required).
     */
    private boolean matchesProposal(Incident incident, WarningLevel level) {
        if (incident.level() != null && incident.level().id().equals(level.id())) {
            return true;
        }
        List<Assessment> assessments = incidents.detail(incident.id()).assessments();
        if (assessments.isEmpty()) {
            return false;
        }
        Assessment latest = assessments.get(assessments.size() - 1);
        return latest.proposesLevel() && latest.proposed().id().equals(level.id());
    }

    private static void checkText(WarningDraft draft, List<Violation> problems) {
        IncidentRules.requiredText("warning.scope", draft.scope(), MAX_SCOPE, problems);
        if (draft.reason() != null && draft.reason().strip().length() > MAX_REASON) {
            problems.add(Violation.of("warning.reason", "validation.tooLong", MAX_REASON));
        }
        problems.addAll(lineProblems("", lines(draft.items()), lines(draft.measures())));
    }

    private static List<Violation> lineProblems(String scope, List<String> items, List<String> measures) {
        List<Violation> problems = new ArrayList<>();
        if (scope.length() > MAX_SCOPE) {
            problems.add(Violation.of("warning.scope", "validation.tooLong", MAX_SCOPE));
        }
        if (items.stream().anyMatch(i -> i.length() > MAX_LINE)) {
            problems.add(Violation.of("warning.items", "validation.tooLong", MAX_LINE));
        }
        if (measures.stream().anyMatch(i -> i.length() > MAX_LINE)) {
            problems.add(Violation.of("warning.measures", "validation.tooLong", MAX_LINE));
        }
        return problems;
    }

    /** Lines as typed, stripped, blanks dropped; a line with a line break becomes several. */
    private static List<String> lines(List<String> typed) {
        return typed.stream().flatMap(t -> t.lines()).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private void requireActive(Warning warning, WarningChangeKind action) {
        if (warning.status() == WarningStatus.LIFTED) {
            throw WarningRefusal.of("warning", "warning.alreadyLifted", warning.number(),
                    warning.liftedAt().atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' '));
        }
        if (warning.status() != WarningStatus.ACTIVE) {
            throw WarningRefusal.of("warning", "warning.notInForce", warning.number(), action);
        }
    }

    private static WarningLevel level(ContingencyPlan plan, String text) {
        return WarningAuthorityQueries.level(plan, text);
    }

    private Warning load(long warningId) {
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void refuseIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
