package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_REVIEW;
import static org.incidentdesk.store.generated.Tables.INCIDENT_REVIEW_RATING;
import static org.incidentdesk.store.generated.Tables.INCIDENT_REVIEW_STAR;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.Review;
import org.incidentdesk.domain.review.ReviewState;
import org.incidentdesk.domain.review.SectionAssessment;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.store.generated.tables.records.IncidentReviewRatingRecord;
import org.incidentdesk.store.generated.tables.records.IncidentReviewRecord;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * After-action reviews, one per incident and keyed by its id, with the timeline entries starred in them and the
 * reviewer's rating of each plan section. Edits name the version they read (a stale one is refused).
 */
public final class ReviewRepository {
    private final DSLContext dsl;

    ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The ids of every reviewed incident, as a subquery for reading their records in one query each. */
    static Select<Record1<Long>> reviewedIds() {
        return DSL.select(INCIDENT_REVIEW.INCIDENT_ID).from(INCIDENT_REVIEW);
    }

    /** A new draft review of the incident; false (nothing written) when another workstation opened it first. */
    public boolean insert(long incidentId, boolean drill, Stamp stamp) {
        IncidentReviewRecord row = dsl.newRecord(INCIDENT_REVIEW);
        row.setIncidentId(incidentId);
        row.setState(ReviewState.DRAFT.name());
        row.setDrill(drill);
        return dsl.insertInto(INCIDENT_REVIEW).set(RowStamps.created(row, stamp)).onDuplicateKeyIgnore().execute() == 1;
    }

    public Optional<Review> find(long incidentId) {
        return dsl.selectFrom(INCIDENT_REVIEW).where(INCIDENT_REVIEW.INCIDENT_ID.eq(incidentId))
                .fetchOptional(ReviewRepository::toReview);
    }

    /** Every review, by incident id. */
    public List<Review> all() {
        return dsl.selectFrom(INCIDENT_REVIEW).orderBy(INCIDENT_REVIEW.INCIDENT_ID).fetch(ReviewRepository::toReview);
    }

    /**
     * Writes the state (with who finished it and when, null when a draft) and the drill mark, provided the review
     * is still at {@code read}'s version; {@code shownId} names it in a refusal (the incident's number).
     */
    public void update(Review read, ReviewState state, boolean drill, Instant finishedAt, String finishedBy,
                       Stamp stamp, Object shownId) {
        IncidentReviewRecord changes = dsl.newRecord(INCIDENT_REVIEW);
        changes.setState(state.name());
        changes.setDrill(drill);
        changes.setFinishedAt(Times.utc(finishedAt));
        changes.setFinishedBy(finishedBy);
        RowStamps.update(dsl, changes, INCIDENT_REVIEW.INCIDENT_ID.eq(read.incidentId()), read.version(), stamp,
                "review", shownId);
    }

    /** Stars the entry; true when it was not starred before. */
    public boolean star(long incidentId, long entryId, Stamp stamp) {
        return dsl.insertInto(INCIDENT_REVIEW_STAR)
                .set(INCIDENT_REVIEW_STAR.INCIDENT_ID, incidentId)
                .set(INCIDENT_REVIEW_STAR.ENTRY_ID, entryId)
                .set(INCIDENT_REVIEW_STAR.STARRED_AT, stamp.time())
                .set(INCIDENT_REVIEW_STAR.STARRED_BY, stamp.who())
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** Takes the star off the entry; true when it was starred. */
    public boolean unstar(long incidentId, long entryId) {
        return dsl.deleteFrom(INCIDENT_REVIEW_STAR).where(INCIDENT_REVIEW_STAR.INCIDENT_ID.eq(incidentId))
                .and(INCIDENT_REVIEW_STAR.ENTRY_ID.eq(entryId)).execute() == 1;
    }

    /** The ids of the entries starred in the incident's review, in entry order. */
    public Set<Long> starred(long incidentId) {
        return new LinkedHashSet<>(dsl.select(INCIDENT_REVIEW_STAR.ENTRY_ID).from(INCIDENT_REVIEW_STAR)
                .where(INCIDENT_REVIEW_STAR.INCIDENT_ID.eq(incidentId)).orderBy(INCIDENT_REVIEW_STAR.ENTRY_ID)
                .fetch(Record1::value1));
    }

    /** The section ratings of the incident's review, in section order. */
    public List<SectionAssessment> ratings(long incidentId) {
        return dsl.selectFrom(INCIDENT_REVIEW_RATING).where(INCIDENT_REVIEW_RATING.INCIDENT_ID.eq(incidentId))
                .fetch(ReviewRepository::toAssessment).stream()
                .sorted(java.util.Comparator.comparing(SectionAssessment::section)).toList();
    }

    public Optional<SectionAssessment> rating(long incidentId, PlanSection section) {
        return dsl.selectFrom(INCIDENT_REVIEW_RATING).where(INCIDENT_REVIEW_RATING.INCIDENT_ID.eq(incidentId))
                .and(INCIDENT_REVIEW_RATING.SECTION.eq(section.name()))
                .fetchOptional(ReviewRepository::toAssessment);
    }

    public void insertRating(long incidentId, PlanSection section, SectionRating rating, String note, Stamp stamp) {
        IncidentReviewRatingRecord row = dsl.newRecord(INCIDENT_REVIEW_RATING);
        row.setIncidentId(incidentId);
        row.setSection(section.name());
        row.setRating(rating.name());
        row.setNote(note);
        dsl.insertInto(INCIDENT_REVIEW_RATING).set(RowStamps.created(row, stamp)).execute();
    }

    /** Rewrites a section's rating, provided it is still at {@code read}'s version. */
    public void updateRating(SectionAssessment read, SectionRating rating, String note, Stamp stamp, Object shownId) {
        IncidentReviewRatingRecord changes = dsl.newRecord(INCIDENT_REVIEW_RATING);
        changes.setRating(rating.name());
        changes.setNote(note);
        RowStamps.update(dsl, changes, INCIDENT_REVIEW_RATING.INCIDENT_ID.eq(read.incidentId())
                        .and(INCIDENT_REVIEW_RATING.SECTION.eq(read.section().name())), read.version(), stamp,
                "reviewRating", shownId);
    }

    private static Review toReview(IncidentReviewRecord r) {
        return new Review(r.getIncidentId(), ReviewState.valueOf(r.getState()), r.getDrill(),
                Times.instant(r.getCreatedAt()), r.getCreatedBy(), Times.instant(r.getFinishedAt()), r.getFinishedBy(),
                Times.instant(r.getUpdatedAt()), r.getUpdatedBy(), r.getVersion());
    }

    private static SectionAssessment toAssessment(IncidentReviewRatingRecord r) {
        return new SectionAssessment(r.getIncidentId(), PlanSection.valueOf(r.getSection()),
                SectionRating.valueOf(r.getRating()), r.getNote(), Times.instant(r.getUpdatedAt()), r.getUpdatedBy(),
                r.getVersion());
    }
}
