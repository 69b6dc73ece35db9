package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_ACTION;
import static org.incidentdesk.store.generated.Tables.INCIDENT_DEADLINE;
import static org.incidentdesk.store.generated.Tables.INCIDENT_DEADLINE_ESCALATION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.security.IncidentScope;
import java.util.function.BiPredicate;
import org.incidentdesk.domain.escalation.Alarm;
import org.incidentdesk.domain.escalation.AlertStage;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineEscalation;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.escalation.DoneAction;
import org.incidentdesk.domain.escalation.NextDeadline;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.store.generated.tables.records.IncidentDeadlineRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Incident deadlines, the escalation steps they took and the acts done towards them. A deadline changes only
 * by {@link #replace}, a conditional update on its id, state and version: of several workstations that try the
 * same change, one wins.
 */
public final class DeadlineRepository {
    /** Ids bound to one query at most (an IN list far below either database's limit on parameters). */
    private static final int READ_BY_ID = 1_000;
    private static final List<String> OPEN_STATES = List.of(DeadlineState.OPEN.name(), DeadlineState.OVERDUE.name());

    private final DSLContext dsl;

    DeadlineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new deadline of occurrence {@code occurrence} of {@code rule}. */
    public long insert(long incidentId, DeadlineRule rule, int occurrence, String levelId, Instant start,
                       Instant due, Alarm alarm, Stamp stamp) {
        IncidentDeadlineRecord row = dsl.newRecord(INCIDENT_DEADLINE);
        row.setIncidentId(incidentId);
        row.setRuleId(rule.id());
        row.setOccurrence(occurrence);
        row.setActionKind(DeadlineAction.of(rule).name());
        row.setActionText(rule.action() == null ? rule.id() : rule.action());
        row.setOwnerRole(rule.by());
        row.setRecipientRole(rule.to());
        row.setLevelId(levelId);
        row.setStartPoint(rule.from().name());
        row.setStartedAt(Times.utc(start));
        row.setDueAt(Times.utc(due));
        row.setState(DeadlineState.OPEN.name());
        row.setNextAlert(alarm.stage().name());
        row.setNextAlertAt(Times.utc(alarm.at()));
        row.setEscalations(0);
        return dsl.insertInto(INCIDENT_DEADLINE).set(RowStamps.created(row, stamp))
                .returning(INCIDENT_DEADLINE.ID).fetchOne().getId();
    }

    /**
     * Writes {@code after} over {@code before}, provided the row still has {@code before}'s state and version;
     * false when another workstation (or thread) changed it first, and nothing was written.
     */
    public boolean replace(Deadline before, Deadline after, Stamp stamp) {
        // a claim, not an edit: losing the race is an answer (false), not a stale refusal; every column is written,
        // null included, so the row is exactly what after holds
        return dsl.update(INCIDENT_DEADLINE)
                .set(INCIDENT_DEADLINE.STATE, after.state().name())
                .set(INCIDENT_DEADLINE.STARTED_AT, Times.utc(after.startedAt()))
                .set(INCIDENT_DEADLINE.DUE_AT, Times.utc(after.dueAt()))
                .set(INCIDENT_DEADLINE.NEXT_ALERT, after.nextAlert() == null ? null : after.nextAlert().name())
                .set(INCIDENT_DEADLINE.NEXT_ALERT_AT, Times.utc(after.nextAlertAt()))
                .set(INCIDENT_DEADLINE.ESCALATIONS, after.escalations())
                .set(INCIDENT_DEADLINE.ACKNOWLEDGED_AT, Times.utc(after.acknowledgedAt()))
                .set(INCIDENT_DEADLINE.ACKNOWLEDGED_BY, after.acknowledgedBy())
                .set(INCIDENT_DEADLINE.MET_AT, Times.utc(after.metAt()))
                .set(INCIDENT_DEADLINE.MET_BY, after.metBy())
                .set(RowStamps.updated(dsl.newRecord(INCIDENT_DEADLINE), before.version(), stamp))
                .where(INCIDENT_DEADLINE.ID.eq(before.id()))
                .and(INCIDENT_DEADLINE.STATE.eq(before.state().name()))
                .and(INCIDENT_DEADLINE.VERSION.eq(before.version()))
                .execute() == 1;
    }

    public Optional<Deadline> find(long id) {
        return dsl.selectFrom(INCIDENT_DEADLINE).where(INCIDENT_DEADLINE.ID.eq(id)).fetchOptional(this::map);
    }

    /** The incident's deadlines, by due instant. */
    public List<Deadline> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_DEADLINE).where(INCIDENT_DEADLINE.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_DEADLINE.DUE_AT, INCIDENT_DEADLINE.ID).fetch(this::map);
    }

    /** Every open deadline with an alert still to come: what a workstation arms. */
    public List<Deadline> armable() {
        return dsl.selectFrom(INCIDENT_DEADLINE).where(armableCondition()).fetch(this::map);
    }

    /**
     * As {@link #armable()}, changed at or after {@code since} (by any workstation), leaving out the rows whose
     * version {@code held} says the caller has already: those are only counted by id and version, not read.
     * A sweep reads the last minutes again (for workstations' clocks that differ), so after a change of many
     * deadlines every sweep for a while would otherwise read and map all of them again for nothing.
     */
    public List<Deadline> armableChangedSince(Instant since, BiPredicate<Long, Integer> held) {
        Condition changed = armableCondition().and(INCIDENT_DEADLINE.UPDATED_AT.ge(Times.utc(since)));
        List<Long> toRead = new ArrayList<>();
        dsl.select(INCIDENT_DEADLINE.ID, INCIDENT_DEADLINE.VERSION).from(INCIDENT_DEADLINE).where(changed)
                .forEach(r -> {
                    if (!held.test(r.value1(), r.value2())) {
                        toRead.add(r.value1());
                    }
                });
        List<Deadline> read = new ArrayList<>();
        for (int from = 0; from < toRead.size(); from += READ_BY_ID) {
            List<Long> ids = toRead.subList(from, Math.min(from + READ_BY_ID, toRead.size()));
            read.addAll(dsl.selectFrom(INCIDENT_DEADLINE).where(changed.and(INCIDENT_DEADLINE.ID.in(ids)))
                    .fetch(this::map));
        }
        return read;
    }

    /** Every deadline still open, of every incident, by due instant. */
    public List<Deadline> open() {
        return dsl.selectFrom(INCIDENT_DEADLINE).where(INCIDENT_DEADLINE.STATE.in(OPEN_STATES))
                .orderBy(INCIDENT_DEADLINE.DUE_AT, INCIDENT_DEADLINE.ID).fetch(this::map);
    }

    /**
     * Open deadlines that may have raised an alert: overdue, or waiting for their overdue alert (a reminder was
     * raised, or the rule has no window). The caller decides with {@link Deadline#alertRaised()}; this only
     * keeps the read small when most open deadlines are far from due.
     */
    public List<Deadline> possiblyAlerted() {
        return dsl.selectFrom(INCIDENT_DEADLINE)
                .where(INCIDENT_DEADLINE.STATE.eq(DeadlineState.OVERDUE.name())
                        .or(INCIDENT_DEADLINE.STATE.eq(DeadlineState.OPEN.name())
                                .and(INCIDENT_DEADLINE.NEXT_ALERT.eq(AlertStage.OVERDUE.name()))))
                .orderBy(INCIDENT_DEADLINE.DUE_AT, INCIDENT_DEADLINE.ID).fetch(this::map);
    }

    /** The earliest open deadline of every incident that has one, read in one query. */
    public Map<Long, NextDeadline> nextOpenOfAll() {
        return nextOpen(DSL.noCondition());
    }

    /**
     * As {@link #nextOpenOfAll()}, for the newest {@code limit} incidents by number that {@code scope} sees only (the
     * board's first page): one query that selects them itself, rather than a list of ids to bind and parse.
     */
    public Map<Long, NextDeadline> nextOpenOfNewest(int limit, IncidentScope scope) {
        return nextOpen(INCIDENT_DEADLINE.INCIDENT_ID.in(IncidentRepository.newestIds(limit, scope)));
    }

    /** The earliest open deadline of one incident, if it has one (the board refreshing that incident's row). */
    public Optional<NextDeadline> nextOpenOf(long incidentId) {
        return Optional.ofNullable(nextOpen(INCIDENT_DEADLINE.INCIDENT_ID.eq(incidentId)).get(incidentId));
    }

    private Map<Long, NextDeadline> nextOpen(Condition incidents) {
        Map<Long, NextDeadline> next = new HashMap<>();
        dsl.select(INCIDENT_DEADLINE.INCIDENT_ID, INCIDENT_DEADLINE.DUE_AT, INCIDENT_DEADLINE.ACTION_KIND)
                .from(INCIDENT_DEADLINE)
                .where(INCIDENT_DEADLINE.STATE.in(OPEN_STATES)).and(incidents)
                .orderBy(INCIDENT_DEADLINE.DUE_AT, INCIDENT_DEADLINE.ID)
                .forEach(r -> next.putIfAbsent(r.value1(),
                        new NextDeadline(Times.instant(r.value2()), DeadlineAction.valueOf(r.value3()))));
        return next;
    }

    private static Condition armableCondition() {
        return INCIDENT_DEADLINE.NEXT_ALERT_AT.isNotNull().and(INCIDENT_DEADLINE.STATE.in(OPEN_STATES));
    }

    public void addEscalation(long deadlineId, int step, Instant at, String toRole) {
        dsl.insertInto(INCIDENT_DEADLINE_ESCALATION)
                .set(INCIDENT_DEADLINE_ESCALATION.DEADLINE_ID, deadlineId)
                .set(INCIDENT_DEADLINE_ESCALATION.STEP, step)
                .set(INCIDENT_DEADLINE_ESCALATION.ESCALATED_AT, Times.utc(at))
                .set(INCIDENT_DEADLINE_ESCALATION.TO_ROLE, toRole)
                .execute();
    }

    /** The escalation steps of the incident's deadlines, in order. */
    public List<DeadlineEscalation> escalationsOf(long incidentId) {
        return dsl.select(INCIDENT_DEADLINE_ESCALATION.fields()).from(INCIDENT_DEADLINE_ESCALATION)
                .join(INCIDENT_DEADLINE).on(INCIDENT_DEADLINE.ID.eq(INCIDENT_DEADLINE_ESCALATION.DEADLINE_ID))
                .where(INCIDENT_DEADLINE.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_DEADLINE_ESCALATION.DEADLINE_ID, INCIDENT_DEADLINE_ESCALATION.STEP)
                .fetch(r -> new DeadlineEscalation(r.get(INCIDENT_DEADLINE_ESCALATION.DEADLINE_ID),
                        r.get(INCIDENT_DEADLINE_ESCALATION.STEP),
                        Times.instant(r.get(INCIDENT_DEADLINE_ESCALATION.ESCALATED_AT)),
                        r.get(INCIDENT_DEADLINE_ESCALATION.TO_ROLE)));
    }

    public void addAction(long incidentId, DeadlineAction kind, Stamp stamp) {
        dsl.insertInto(INCIDENT_ACTION)
                .set(INCIDENT_ACTION.INCIDENT_ID, incidentId)
                .set(INCIDENT_ACTION.KIND, kind.name())
                .set(INCIDENT_ACTION.DONE_AT, stamp.time())
                .set(INCIDENT_ACTION.DONE_BY, stamp.who())
                .execute();
    }

    /** The acts done towards the incident's deadlines, oldest first. */
    public List<DoneAction> actionsOf(long incidentId) {
        return dsl.selectFrom(INCIDENT_ACTION).where(INCIDENT_ACTION.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_ACTION.DONE_AT, INCIDENT_ACTION.ID)
                .fetch(r -> new DoneAction(DeadlineAction.valueOf(r.getKind()), Times.instant(r.getDoneAt())));
    }

    /** The deadlines of every reviewed incident, by incident id, each list by due instant: one query. */
    public Map<Long, List<Deadline>> ofReviewedIncidents() {
        return byIncident(INCIDENT_DEADLINE.INCIDENT_ID.in(ReviewRepository.reviewedIds()));
    }

    /** The acts done towards the deadlines of every reviewed incident, by incident id, oldest first: one query. */
    public Map<Long, List<DoneAction>> actionsOfReviewedIncidents() {
        return actionsByIncident(INCIDENT_ACTION.INCIDENT_ID.in(ReviewRepository.reviewedIds()));
    }

    /** The deadlines of every incident that has any, by incident id, each list by due instant: one query. */
    public Map<Long, List<Deadline>> ofEveryIncident() {
        return byIncident(DSL.noCondition());
    }

    /** The acts done towards the deadlines of every incident, by incident id, oldest first: one query. */
    public Map<Long, List<DoneAction>> actionsOfEveryIncident() {
        return actionsByIncident(DSL.noCondition());
    }

    private Map<Long, List<Deadline>> byIncident(Condition incidents) {
        Map<Long, List<Deadline>> byIncident = new HashMap<>();
        dsl.selectFrom(INCIDENT_DEADLINE).where(incidents)
                .orderBy(INCIDENT_DEADLINE.DUE_AT, INCIDENT_DEADLINE.ID)
                .forEach(r -> byIncident.computeIfAbsent(r.getIncidentId(), k -> new ArrayList<>()).add(map(r)));
        return byIncident;
    }

    private Map<Long, List<DoneAction>> actionsByIncident(Condition incidents) {
        Map<Long, List<DoneAction>> byIncident = new HashMap<>();
        dsl.selectFrom(INCIDENT_ACTION).where(incidents)
                .orderBy(INCIDENT_ACTION.DONE_AT, INCIDENT_ACTION.ID)
                .forEach(r -> byIncident.computeIfAbsent(r.getIncidentId(), k -> new ArrayList<>())
                        .add(new DoneAction(DeadlineAction.valueOf(r.getKind()), Times.instant(r.getDoneAt()))));
        return byIncident;
    }

    private Deadline map(IncidentDeadlineRecord r) {
        return new Deadline(r.getId(), r.getIncidentId(), r.getRuleId(), r.getOccurrence(),
                DeadlineAction.valueOf(r.getActionKind()), r.getActionText(), r.getOwnerRole(),
                r.getRecipientRole(), r.getLevelId(), r.getStartPoint(), Times.instant(r.getStartedAt()),
                Times.instant(r.getDueAt()), DeadlineState.valueOf(r.getState()),
                r.getNextAlert() == null ? null : AlertStage.valueOf(r.getNextAlert()),
                Times.instant(r.getNextAlertAt()), r.getEscalations(), Times.instant(r.getAcknowledgedAt()),
                r.getAcknowledgedBy(), Times.instant(r.getMetAt()), r.getMetBy(), r.getVersion());
    }
}
