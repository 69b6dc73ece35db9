package org.incidentdesk.service.warning;

import static org.incidentdesk.service.warning.WarningTextRules.MAX_REASON;
import static org.incidentdesk.service.warning.WarningTextRules.blankToNull;
import static org.incidentdesk.service.warning.WarningTextRules.checkText;
import static org.incidentdesk.service.warning.WarningTextRules.lineProblems;
import static org.incidentdesk.service.warning.WarningTextRules.lines;
import static org.incidentdesk.service.warning.WarningTextRules.refuseIfAny;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.plan.PlanVersion;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.WarningRepository;

/**
 * The decisions on warnings (R5–R7): issuing by the plan's authority for the level (or proposing for approval),
 * approving, adjusting and lifting; each one transaction, refused whole when a check fails. Each needs its role
 * (Access), and the post acting is the signed-in person's post in the roster ({@link WarningIssuer}).
 */
public final class WarningDecisions {
    private final WarningService warnings;
    private final Store store;
    private final ZoneId zone;
    private final IncidentService incidents;
    private final WarningAuthorityQueries authorityQueries;
    private final WarningNotices notices;
    private final WarningChangeLog changeLog;
    private final Supplier<Stamp> stamps;
    private final ActorSource actors;
    private final WarningIssuer issuer;

    WarningDecisions(WarningService warnings, Store store, ZoneId zone, IncidentService incidents,
                     WarningAuthorityQueries authorityQueries, WarningNotices notices, WarningChangeLog changeLog,
                     Supplier<Stamp> stamps, ActorSource actors) {
        this.actors = actors;
        this.issuer = new WarningIssuer(actors, store);
        this.warnings = warnings;
        this.store = store;
        this.zone = zone;
        this.incidents = incidents;
        this.authorityQueries = authorityQueries;
        this.notices = notices;
        this.changeLog = changeLog;
        this.stamps = stamps;
    }

    /**
     * Issues a warning under the active plan's current version: in force at once when the issuer has the
     * authority for the level, waiting for approval when the office proposes it, refused otherwise. A warning in
     * force notifies the units that must prepare. The level is named by id or name. The issuing post is the
     * signed-in person's post in the roster (a named post they do not hold is refused); the workstation acting on
     * its own names it by role id or name, or leaves it empty for the role with the authority.
     */
    public Warning issue(WarningDraft draft) {
        Access.require(actors, Permission.WARNING_ISSUE);
        return store.inTransaction(s -> issueChecked(draft));
    }

    /** Checks and writes of {@link #issue}; the reads join the caller's transaction, so both see one state. */
    private Warning issueChecked(WarningDraft draft) {
        PlanVersion version = authorityQueries.activePlan();
        ContingencyPlan plan = version.plan();
        WarningAuthorities authorities = new WarningAuthorities(plan);
        List<Violation> problems = new ArrayList<>();
        if (draft.incidentIds().isEmpty()) {
            problems.add(Violation.of("warning.incident", "warning.noIncident"));
        }
        checkText(draft, problems);
        refuseIfAny(problems);
        WarningLevel level = level(plan, draft.levelId());
        String role = issuer.issuing(plan, authorities, draft.issuerRole(), level);
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
            Stamp stamp = stamps.get();
            OffsetDateTime startsAt = draft.startsAt() != null ? draft.startsAt()
                    : stamp.at().atZone(zone).toOffsetDateTime().withNano(0);
            int year = stamp.at().atZone(zone).getYear();
            int sequence = s.warnings().allocateNumber(year);
            long id = s.warnings().insert(year, sequence, new WarningRepository.NewWarning(version.planId(),
                    version.number(), categoryId, LevelMark.of(level), status, startsAt, draft.scope().strip(),
                    lines(draft.items()), lines(draft.measures()), role,
                    linked.stream().map(Incident::id).toList()), stamp);
            Warning warning = s.warnings().find(id).orElseThrow();
            changeLog.record(s, warning, kind, null, level, reason, stamp);
            if (status == WarningStatus.ACTIVE) {
                notices.notify(s, warning, plan);
            }
            return s.warnings().find(id).orElseThrow();
        });
        return changeLog.enterWarningPhase(issued);
    }

    /**
     * The authority for the level approves a warning the office proposed: it comes into force and notifies. A
     * signed-in leader approves only a level their post has the authority for.
     */
    public Warning approve(long warningId) {
        Access.require(actors, Permission.WARNING_APPROVE);
        return store.inTransaction(s -> approveChecked(warningId));
    }

    private Warning approveChecked(long warningId) {
        Warning pending = warnings.load(warningId);
        if (pending.status() != WarningStatus.PENDING_APPROVAL) {
            throw WarningRefusal.of("warning", "warning.notPending", pending.number(), pending.status());
        }
        ContingencyPlan plan = warnings.planOf(pending);
        WarningAuthorities authorities = new WarningAuthorities(plan);
        WarningLevel level = warnings.levelOf(pending);
        String usual = authorities.authoritiesFor(pending.levelId()).stream().findFirst()
                .orElseThrow(() -> WarningRefusal.of("warning.issuer", "warning.noAuthorityForLevel", level.label()));
        String approver = issuer.acting(plan, authorities, null, usual, level);
        return changeLog.enterWarningPhase(store.inTransaction(s -> {
            Stamp stamp = stamps.get();
            s.warnings().approve(pending, approver, stamp);
            Warning warning = s.warnings().find(warningId).orElseThrow();
            changeLog.record(s, warning, WarningChangeKind.APPROVED, null, warnings.levelOf(warning), null, stamp);
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
        Access.require(actors, Permission.WARNING_ADJUST);
        return store.inTransaction(s -> adjustChecked(warningId, changes, reason));
    }

    private Warning adjustChecked(long warningId, WarningDraft changes, String reason) {
        Warning current = inForceWithReason(warningId, WarningChangeKind.ADJUSTED, reason);
        ContingencyPlan plan = warnings.planOf(current);
        WarningLevel from = warnings.levelOf(current);
        WarningLevel to = changes.levelId() == null || changes.levelId().isBlank() ? from : level(plan, changes.levelId());
        WarningLevel needed = to.rank() < from.rank() ? to : from;
        String role = issuer.acting(plan, new WarningAuthorities(plan), changes.issuerRole(), current.issuerRole(),
                needed);
        String scope = changes.scope() == null || changes.scope().isBlank() ? current.scope() : changes.scope().strip();
        List<String> items = changes.items().isEmpty() ? current.items() : lines(changes.items());
        List<String> measures = changes.measures().isEmpty() ? current.measures() : lines(changes.measures());
        OffsetDateTime startsAt = changes.startsAt() == null ? current.startsAt() : changes.startsAt();
        if (to.id().equals(from.id()) && scope.equals(current.scope()) && items.equals(current.items())
                && measures.equals(current.measures()) && startsAt.equals(current.startsAt())) {
            throw WarningRefusal.of("warning.level", "warning.nothingToAdjust", current.number(), from.label());
        }
        refuseIfAny(lineProblems(scope, items, measures));
        return store.inTransaction(s -> {
            Stamp stamp = stamps.get();
            s.warnings().adjust(current, LevelMark.of(to), scope, items, measures, startsAt, role, stamp);
            Warning warning = s.warnings().find(warningId).orElseThrow();
            changeLog.record(s, warning, WarningChangeKind.ADJUSTED, from, to, reason.strip(), stamp);
            return warning;
        });
    }

    /** Lifts a warning in force (by its issuer); {@code reason} is required; a lifted warning is refused. */
    public Warning lift(long warningId, String reason) {
        return lift(warningId, reason, null);
    }

    /** As {@link #lift(long, String)}, by {@code role} (id or name; null: the warning's issuer). */
    public Warning lift(long warningId, String reason, String role) {
        Access.require(actors, Permission.WARNING_LIFT);
        return store.inTransaction(s -> liftChecked(warningId, reason, role));
    }

    private Warning liftChecked(long warningId, String reason, String role) {
        Warning current = inForceWithReason(warningId, WarningChangeKind.LIFTED, reason);
        ContingencyPlan plan = warnings.planOf(current);
        issuer.acting(plan, new WarningAuthorities(plan), role, current.issuerRole(), warnings.levelOf(current));
        return store.inTransaction(s -> {
            Stamp stamp = stamps.get();
            s.warnings().lift(current, reason.strip(), stamp);
            Warning warning = s.warnings().find(warningId).orElseThrow();
            changeLog.record(s, warning, WarningChangeKind.LIFTED, warnings.levelOf(current), null, reason.strip(), stamp);
            return warning;
        });
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

    /** The warning in force that {@code action} changes, with the reason it requires; refused otherwise. */
    private Warning inForceWithReason(long warningId, WarningChangeKind action, String reason) {
        Warning current = warnings.load(warningId);
        requireActive(current, action);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("warning.reason", reason, MAX_REASON, problems);
        refuseIfAny(problems);
        return current;
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
}
