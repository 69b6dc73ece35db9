package org.incidentdesk.service.review;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.event.ReviewWrittenChanged.Part;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * The lessons of an incident's review (成功经验, 暴露问题), each linked to the timeline entries it is about. Each
 * write is one transaction with its audit row, refused whole when an input is wrong or the lesson was changed
 * since it was read. Thread-safe; never call it on the JavaFX thread.
 */
public final class LessonService {
    static final int MAX_TEXT = 2000;
    private final ReviewWriting writing;

    LessonService(ReviewWriting writing) {
        this.writing = writing;
    }

    public List<Lesson> lessons(long incidentId) {
        return writing.store.inTransaction(s -> s.lessons().forIncident(incidentId));
    }

    public Lesson add(long incidentId, LessonKind kind, String text, List<Long> entryIds) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        return writing.store.inTransaction(s -> {
            ReviewWriting.editable(s, incidentId);
            String checked = ReviewWriting.text("lessonText", text, MAX_TEXT);
            List<Long> entries = entriesOf(s, incidentId, entryIds);
            Stamp stamp = writing.stamp();
            long id = s.lessons().insert(incidentId, kindOf(kind), checked, entries, stamp);
            s.audit().append(stamp, "create", "reviewLesson", id, FieldChange.set("incident", String.valueOf(incidentId)),
                    FieldChange.set("kind", kind.name()), FieldChange.set("text", checked),
                    FieldChange.set("entries", entries.toString()));
            writing.changed(s, incidentId, Part.LESSON, id);
            return s.lessons().find(id).orElseThrow();
        });
    }

    /** Changes a lesson read at {@code version}; refused as stale when someone changed it since. */
    public Lesson update(long lessonId, int version, LessonKind kind, String text, List<Long> entryIds) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        return writing.store.inTransaction(s -> {
            Lesson before = find(s, lessonId);
            ReviewWriting.editable(s, before.incidentId());
            String checked = ReviewWriting.text("lessonText", text, MAX_TEXT);
            List<Long> entries = entriesOf(s, before.incidentId(), entryIds);
            Stamp stamp = writing.stamp();
            s.lessons().update(at(before, version), kindOf(kind), checked, entries, stamp);
            s.audit().append(stamp, "update", "reviewLesson", lessonId,
                    new FieldChange("kind", before.kind().name(), kind.name()),
                    new FieldChange("text", before.text(), checked),
                    new FieldChange("entries", before.entryIds().toString(), entries.toString()));
            writing.changed(s, before.incidentId(), Part.LESSON, lessonId);
            return s.lessons().find(lessonId).orElseThrow();
        });
    }

    /** Removes a lesson; refused while an action answers it or a plan revision came from it. */
    public void delete(long lessonId, int version) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        writing.store.inTransaction(s -> {
            Lesson before = find(s, lessonId);
            ReviewWriting.editable(s, before.incidentId());
            boolean answered = s.improvementActions().forIncident(before.incidentId()).stream()
                    .anyMatch(a -> a.lessonId() != null && a.lessonId() == lessonId);
            if (answered || s.revisionProposals().anyFromLesson(lessonId)) {
                throw ReviewWriting.refused("lesson", "review.lesson.inUse", lessonId);
            }
            Stamp stamp = writing.stamp();
            s.lessons().delete(at(before, version));
            s.audit().append(stamp, "delete", "reviewLesson", lessonId, new FieldChange("text", before.text(), null));
            writing.changed(s, before.incidentId(), Part.LESSON, lessonId);
            return null;
        });
    }

    static Lesson find(StoreSession s, long lessonId) {
        return s.lessons().find(lessonId).orElseThrow(() -> ReviewWriting.refused("lesson", "review.lesson.unknown",
                lessonId));
    }

    /** The lesson as read at {@code version}: the store's version check then refuses a stale edit. */
    private static Lesson at(Lesson stored, int version) {
        return new Lesson(stored.id(), stored.incidentId(), stored.kind(), stored.text(), stored.entryIds(),
                stored.updatedAt(), stored.updatedBy(), version);
    }

    private static LessonKind kindOf(LessonKind kind) {
        if (kind == null) {
            throw ReviewWriting.refused("lessonKind", "validation.required");
        }
        return kind;
    }

    /** The entries, each once, in timeline order; refused when one is not on this incident's timeline. */
    private static List<Long> entriesOf(StoreSession s, long incidentId, List<Long> entryIds) {
        Set<Long> wanted = new LinkedHashSet<>(entryIds == null ? List.of() : entryIds);
        Set<Long> known = new HashSet<>();
        List<Long> ordered = s.timeline().forIncident(incidentId).stream().map(TimelineEntry::id)
                .peek(known::add).filter(wanted::contains).toList();
        for (long id : wanted) {
            if (!known.contains(id)) {
                throw ReviewWriting.refused("lessonEntries", "review.lesson.unknownEntry", id);
            }
        }
        return ordered;
    }
}
