package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.REVIEW_SCHEDULE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.review.FollowUpAlarm;
import org.incidentdesk.domain.review.FollowUpKind;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.ReviewSchedule;
import org.incidentdesk.store.generated.tables.records.ReviewScheduleRecord;
import org.jooq.DSLContext;

/**
 * When each ended incident's review is due and whether it was finished. Its alerts are claimed as an
 * improvement action's are, by a conditional update on the incident and the row's version.
 */
public final class ReviewScheduleRepository {
    private final DSLContext dsl;

    ReviewScheduleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(long incidentId, Instant endedAt, Instant dueAt, FollowUpStage nextAlert, Instant nextAlertAt,
                       Stamp stamp) {
        ReviewScheduleRecord row = dsl.newRecord(REVIEW_SCHEDULE);
        row.setIncidentId(incidentId);
        row.setEndedAt(Times.utc(endedAt));
        row.setDueAt(Times.utc(dueAt));
        row.setNextAlert(nextAlert == null ? null : nextAlert.name());
        row.setNextAlertAt(Times.utc(nextAlertAt));
        dsl.insertInto(REVIEW_SCHEDULE).set(RowStamps.created(row, stamp)).execute();
    }

    /** Records the review finished ({@code at} not null) or open again (null); alerts stop or start. Stale-checked. */
    public void finish(ReviewSchedule before, Instant at, FollowUpStage nextAlert, Instant nextAlertAt, Stamp stamp) {
        ReviewScheduleRecord changes = dsl.newRecord(REVIEW_SCHEDULE);
        changes.setFinishedAt(Times.utc(at));
        changes.setNextAlert(nextAlert == null ? null : nextAlert.name());
        changes.setNextAlertAt(Times.utc(nextAlertAt));
        RowStamps.update(dsl, changes, REVIEW_SCHEDULE.INCIDENT_ID.eq(before.incidentId()), before.version(), stamp,
                "reviewSchedule", before.incidentId());
    }

    /** Claims the armed alert of incident {@code incidentId}'s review at {@code version}; false when lost. */
    public boolean claimAlert(long incidentId, int version, FollowUpStage raised, Instant at, FollowUpStage next,
                              Instant nextAt, Stamp stamp) {
        return dsl.update(REVIEW_SCHEDULE)
                .set(REVIEW_SCHEDULE.RAISED, raised.name())
                .set(REVIEW_SCHEDULE.RAISED_AT, Times.utc(at))
                .set(REVIEW_SCHEDULE.NEXT_ALERT, next == null ? null : next.name())
                .set(REVIEW_SCHEDULE.NEXT_ALERT_AT, Times.utc(nextAt))
                .set(RowStamps.updated(dsl.newRecord(REVIEW_SCHEDULE), version, stamp))
                .where(REVIEW_SCHEDULE.INCIDENT_ID.eq(incidentId)).and(REVIEW_SCHEDULE.VERSION.eq(version))
                .and(REVIEW_SCHEDULE.FINISHED_AT.isNull())
                .execute() == 1;
    }

    public Optional<ReviewSchedule> find(long incidentId) {
        return dsl.selectFrom(REVIEW_SCHEDULE).where(REVIEW_SCHEDULE.INCIDENT_ID.eq(incidentId))
                .fetchOptional(ReviewScheduleRepository::toSchedule);
    }

    public List<ReviewSchedule> all() {
        return dsl.selectFrom(REVIEW_SCHEDULE).orderBy(REVIEW_SCHEDULE.DUE_AT)
                .fetch(ReviewScheduleRepository::toSchedule);
    }

    /** Unfinished reviews whose alert was raised: what the alert list shows. */
    public List<ReviewSchedule> raisedUnfinished() {
        return dsl.selectFrom(REVIEW_SCHEDULE).where(REVIEW_SCHEDULE.FINISHED_AT.isNull())
                .and(REVIEW_SCHEDULE.RAISED.isNotNull()).orderBy(REVIEW_SCHEDULE.DUE_AT)
                .fetch(ReviewScheduleRepository::toSchedule);
    }

    public List<FollowUpAlarm> armable() {
        return dsl.selectFrom(REVIEW_SCHEDULE).where(REVIEW_SCHEDULE.NEXT_ALERT_AT.isNotNull())
                .and(REVIEW_SCHEDULE.FINISHED_AT.isNull()).fetch(ReviewScheduleRepository::toAlarm);
    }

    public List<FollowUpAlarm> changedSince(Instant since) {
        return dsl.selectFrom(REVIEW_SCHEDULE).where(REVIEW_SCHEDULE.UPDATED_AT.ge(Times.utc(since)))
                .fetch(ReviewScheduleRepository::toAlarm);
    }

    private static FollowUpAlarm toAlarm(ReviewScheduleRecord r) {
        boolean open = r.getFinishedAt() == null;
        return new FollowUpAlarm(FollowUpKind.REVIEW, r.getIncidentId(), r.getIncidentId(),
                Times.instant(r.getDueAt()), open ? stage(r.getNextAlert()) : null,
                open ? Times.instant(r.getNextAlertAt()) : null, r.getVersion());
    }

    private static FollowUpStage stage(String stored) {
        return stored == null ? null : FollowUpStage.valueOf(stored);
    }

    private static ReviewSchedule toSchedule(ReviewScheduleRecord r) {
        return new ReviewSchedule(r.getIncidentId(), Times.instant(r.getEndedAt()), Times.instant(r.getDueAt()),
                Times.instant(r.getFinishedAt()), stage(r.getRaised()), Times.instant(r.getRaisedAt()),
                stage(r.getNextAlert()), Times.instant(r.getNextAlertAt()), r.getVersion());
    }
}
