package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.REVIEW_ACTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.ActionState;
import org.incidentdesk.domain.review.FollowUpAlarm;
import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.OwnerKind;
import org.incidentdesk.store.generated.tables.records.ReviewActionRecord;
import org.jooq.DSLContext;

/**
 * The improvement actions (整改措施) of incidents' reviews. An action's alert is claimed by {@link #claimAlert}, a
 * conditional update on its id and version, so several workstations raise it once.
 */
public final class ImprovementActionRepository {
    private final DSLContext dsl;

    ImprovementActionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, Long lessonId, String text, ActionOwner owner, Instant dueAt,
                       FollowUpStage nextAlert, Instant nextAlertAt, Stamp stamp) {
        ReviewActionRecord row = dsl.newRecord(REVIEW_ACTION);
        row.setIncidentId(incidentId);
        row.setLessonId(lessonId);
        fill(row, text, owner, dueAt, nextAlert, nextAlertAt);
        row.setState(ActionState.OPEN.name());
        return dsl.insertInto(REVIEW_ACTION).set(RowStamps.created(row, stamp))
                .returning(REVIEW_ACTION.ID).fetchOne().getId();
    }

    /** Changes what, who and when; a new due date re-arms the alerts from {@code nextAlert}. Stale-checked. */
    public void update(ImprovementAction before, String text, ActionOwner owner, Instant dueAt,
                       FollowUpStage raised, FollowUpStage nextAlert, Instant nextAlertAt, Stamp stamp) {
        ReviewActionRecord changes = dsl.newRecord(REVIEW_ACTION);
        fill(changes, text, owner, dueAt, nextAlert, nextAlertAt);
        changes.setRaised(raised == null ? null : raised.name());
        if (raised == null) {
            changes.setRaisedAt(null);
        }
        RowStamps.update(dsl, changes, REVIEW_ACTION.ID.eq(before.id()), before.version(), stamp, "action",
                before.id());
    }

    /** Closes the action with its evidence; no alert is armed any more. Stale-checked. */
    public void close(ImprovementAction before, String evidence, Stamp stamp) {
        ReviewActionRecord changes = dsl.newRecord(REVIEW_ACTION);
        changes.setState(ActionState.DONE.name());
        changes.setEvidence(evidence);
        changes.setDoneAt(stamp.time());
        changes.setDoneBy(stamp.who());
        changes.setNextAlert(null);
        changes.setNextAlertAt(null);
        RowStamps.update(dsl, changes, REVIEW_ACTION.ID.eq(before.id()), before.version(), stamp, "action",
                before.id());
    }

    public void delete(ImprovementAction before) {
        RowStamps.delete(dsl, REVIEW_ACTION, REVIEW_ACTION.ID.eq(before.id()), before.version(), "action",
                before.id());
    }

    /**
     * Claims the armed alert of action {@code id} at {@code version}: records {@code raised} at {@code at} and
     * arms {@code next} at {@code nextAt}. False when another workstation (or an edit) got there first.
     */
    public boolean claimAlert(long id, int version, FollowUpStage raised, Instant at, FollowUpStage next,
                              Instant nextAt, Stamp stamp) {
        return dsl.update(REVIEW_ACTION)
                .set(REVIEW_ACTION.RAISED, raised.name())
                .set(REVIEW_ACTION.RAISED_AT, Times.utc(at))
                .set(REVIEW_ACTION.NEXT_ALERT, next == null ? null : next.name())
                .set(REVIEW_ACTION.NEXT_ALERT_AT, Times.utc(nextAt))
                .set(RowStamps.updated(dsl.newRecord(REVIEW_ACTION), version, stamp))
                .where(REVIEW_ACTION.ID.eq(id)).and(REVIEW_ACTION.VERSION.eq(version))
                .and(REVIEW_ACTION.STATE.eq(ActionState.OPEN.name()))
                .execute() == 1;
    }

    private static void fill(ReviewActionRecord row, String text, ActionOwner owner, Instant dueAt,
                             FollowUpStage nextAlert, Instant nextAlertAt) {
        row.setActionText(text);
        row.setOwnerKind(owner.kind().name());
        row.setOwnerRef(owner.ref());
        row.setOwnerName(owner.name());
        row.setDueAt(Times.utc(dueAt));
        row.setNextAlert(nextAlert == null ? null : nextAlert.name());
        row.setNextAlertAt(Times.utc(nextAlertAt));
    }

    public Optional<ImprovementAction> find(long id) {
        return dsl.selectFrom(REVIEW_ACTION).where(REVIEW_ACTION.ID.eq(id))
                .fetchOptional(ImprovementActionRepository::toAction);
    }

    /** The incident's actions by due date. */
    public List<ImprovementAction> forIncident(long incidentId) {
        return dsl.selectFrom(REVIEW_ACTION).where(REVIEW_ACTION.INCIDENT_ID.eq(incidentId))
                .orderBy(REVIEW_ACTION.DUE_AT, REVIEW_ACTION.ID).fetch(ImprovementActionRepository::toAction);
    }

    /** Every open action of every review, oldest (earliest created) first: the follow-up backlog. */
    public List<ImprovementAction> open() {
        return dsl.selectFrom(REVIEW_ACTION).where(REVIEW_ACTION.STATE.eq(ActionState.OPEN.name()))
                .orderBy(REVIEW_ACTION.CREATED_AT, REVIEW_ACTION.ID).fetch(ImprovementActionRepository::toAction);
    }

    /** Every action, for counting the backlog over time. */
    public List<ImprovementAction> all() {
        return dsl.selectFrom(REVIEW_ACTION).orderBy(REVIEW_ACTION.ID).fetch(ImprovementActionRepository::toAction);
    }

    /** Open actions whose alert was raised: what the alert list shows. */
    public List<ImprovementAction> raisedOpen() {
        return dsl.selectFrom(REVIEW_ACTION).where(REVIEW_ACTION.STATE.eq(ActionState.OPEN.name()))
                .and(REVIEW_ACTION.RAISED.isNotNull())
                .orderBy(REVIEW_ACTION.DUE_AT).fetch(ImprovementActionRepository::toAction);
    }

    /** Open actions with an alert still to come: what a workstation arms. */
    public List<FollowUpAlarm> armable() {
        return dsl.selectFrom(REVIEW_ACTION).where(REVIEW_ACTION.NEXT_ALERT_AT.isNotNull())
                .and(REVIEW_ACTION.STATE.eq(ActionState.OPEN.name())).fetch(ImprovementActionRepository::toAlarm);
    }

    /** Actions changed since {@code since} (any state): what a sweep re-arms or disarms. */
    public List<FollowUpAlarm> changedSince(Instant since) {
        return dsl.selectFrom(REVIEW_ACTION).where(REVIEW_ACTION.UPDATED_AT.ge(Times.utc(since)))
                .fetch(ImprovementActionRepository::toAlarm);
    }

    private static FollowUpAlarm toAlarm(ReviewActionRecord r) {
        boolean open = ActionState.OPEN.name().equals(r.getState());
        return new FollowUpAlarm(FollowUpKind.ACTION, r.getId(), r.getIncidentId(), Times.instant(r.getDueAt()),
                open ? stage(r.getNextAlert()) : null, open ? Times.instant(r.getNextAlertAt()) : null,
                r.getVersion());
    }

    private static FollowUpStage stage(String stored) {
        return stored == null ? null : FollowUpStage.valueOf(stored);
    }

    private static ImprovementAction toAction(ReviewActionRecord r) {
        return new ImprovementAction(r.getId(), r.getIncidentId(), r.getLessonId(), r.getActionText(),
                new ActionOwner(OwnerKind.valueOf(r.getOwnerKind()), r.getOwnerRef(), r.getOwnerName()),
                Times.instant(r.getDueAt()), ActionState.valueOf(r.getState()), r.getEvidence(),
                Times.instant(r.getDoneAt()), r.getDoneBy(), stage(r.getNextAlert()), Times.instant(r.getNextAlertAt()),
                stage(r.getRaised()), Times.instant(r.getRaisedAt()), Times.instant(r.getCreatedAt()),
                Times.instant(r.getUpdatedAt()), r.getUpdatedBy(), r.getVersion());
    }
}
