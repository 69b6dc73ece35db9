package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.REVIEW_LESSON;
import static org.incidentdesk.store.generated.Tables.REVIEW_LESSON_ENTRY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.store.generated.tables.records.ReviewLessonRecord;
import org.jooq.DSLContext;

/** The lessons of incidents' reviews and the timeline entries each is about. */
public final class LessonRepository {
    private final DSLContext dsl;

    LessonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long incidentId, LessonKind kind, String text, List<Long> entryIds, Stamp stamp) {
        ReviewLessonRecord row = dsl.newRecord(REVIEW_LESSON);
        row.setIncidentId(incidentId);
        row.setKind(kind.name());
        row.setLessonText(text);
        long id = dsl.insertInto(REVIEW_LESSON).set(RowStamps.created(row, stamp))
                .returning(REVIEW_LESSON.ID).fetchOne().getId();
        linkEntries(id, entryIds);
        return id;
    }

    /** Replaces kind, text and entries, provided nobody changed the lesson since {@code before} was read. */
    public void update(Lesson before, LessonKind kind, String text, List<Long> entryIds, Stamp stamp) {
        ReviewLessonRecord changes = dsl.newRecord(REVIEW_LESSON);
        changes.setKind(kind.name());
        changes.setLessonText(text);
        RowStamps.update(dsl, changes, REVIEW_LESSON.ID.eq(before.id()), before.version(), stamp, "lesson",
                before.id());
        dsl.deleteFrom(REVIEW_LESSON_ENTRY).where(REVIEW_LESSON_ENTRY.LESSON_ID.eq(before.id())).execute();
        linkEntries(before.id(), entryIds);
    }

    public void delete(Lesson before) {
        RowStamps.delete(dsl, REVIEW_LESSON, REVIEW_LESSON.ID.eq(before.id()), before.version(), "lesson",
                before.id());
    }

    private void linkEntries(long lessonId, List<Long> entryIds) {
        for (long entryId : entryIds) {
            dsl.insertInto(REVIEW_LESSON_ENTRY).set(REVIEW_LESSON_ENTRY.LESSON_ID, lessonId)
                    .set(REVIEW_LESSON_ENTRY.ENTRY_ID, entryId).execute();
        }
    }

    public Optional<Lesson> find(long lessonId) {
        return dsl.selectFrom(REVIEW_LESSON).where(REVIEW_LESSON.ID.eq(lessonId)).fetchOptional()
                .map(r -> toLesson(r, entriesOf(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
    }

    /** The incident's lessons in the order they were written. */
    public List<Lesson> forIncident(long incidentId) {
        List<ReviewLessonRecord> rows = dsl.selectFrom(REVIEW_LESSON).where(REVIEW_LESSON.INCIDENT_ID.eq(incidentId))
                .orderBy(REVIEW_LESSON.ID).fetch();
        Map<Long, List<Long>> entries = entriesOf(rows.stream().map(ReviewLessonRecord::getId).toList());
        return rows.stream().map(r -> toLesson(r, entries.getOrDefault(r.getId(), List.of()))).toList();
    }

    private Map<Long, List<Long>> entriesOf(List<Long> lessonIds) {
        Map<Long, List<Long>> entries = new LinkedHashMap<>();
        if (lessonIds.isEmpty()) {
            return entries;
        }
        dsl.selectFrom(REVIEW_LESSON_ENTRY).where(REVIEW_LESSON_ENTRY.LESSON_ID.in(lessonIds))
                .orderBy(REVIEW_LESSON_ENTRY.ENTRY_ID)
                .forEach(r -> entries.computeIfAbsent(r.getLessonId(), k -> new ArrayList<>()).add(r.getEntryId()));
        return entries;
    }

    private static Lesson toLesson(ReviewLessonRecord r, List<Long> entryIds) {
        return new Lesson(r.getId(), r.getIncidentId(), LessonKind.valueOf(r.getKind()), r.getLessonText(), entryIds,
                Times.instant(r.getUpdatedAt()), r.getUpdatedBy(), r.getVersion());
    }
}
