package org.incidentdesk.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.review.Accountability;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.LessonKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LessonAndAccountabilityTest {
    private final ReviewWrittenFixture office = new ReviewWrittenFixture();

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aLessonIsLinkedToEntriesOfItsOwnIncidentInTimelineOrder() {
        Incident incident = office.intake("网传某校招生不公");
        Incident other = office.intake("网传某路口红绿灯故障");
        List<Long> entries = office.timeline(incident.id()).stream().map(TimelineEntry::id).toList();
        Lesson lesson = office.review.lessons().add(incident.id(), LessonKind.SUCCESS, "接报后即刻核实，口径统一",
                entries.reversed());
        assertEquals(entries, lesson.entryIds());

        long foreign = office.timeline(other.id()).getFirst().id();
        ValidationException refused = assertThrows(ValidationException.class, () -> office.review.lessons()
                .update(lesson.id(), lesson.version(), LessonKind.SUCCESS, "改写", List.of(foreign)));
        assertEquals("review.lesson.unknownEntry", refused.violations().getFirst().messageKey());
        assertEquals(entries, office.review.lessons().lessons(incident.id()).getFirst().entryIds(), "left as it was");

        Lesson changed = office.review.lessons().update(lesson.id(), lesson.version(), LessonKind.PROBLEM,
                "核实不够及时", List.of(entries.getFirst()));
        assertEquals(List.of(entries.getFirst()), changed.entryIds());
        assertThrows(StaleDataException.class, () -> office.review.lessons().update(lesson.id(), lesson.version(),
                LessonKind.SUCCESS, "旧稿", List.of()));
        ValidationException blank = assertThrows(ValidationException.class, () -> office.review.lessons()
                .add(incident.id(), LessonKind.SUCCESS, " ", List.of()));
        assertEquals("lessonText", blank.violations().getFirst().field());
    }

    @Test
    void anAccountabilityRecordNamesADeadlineOfItsIncident() {
        Incident incident = office.intake("网传某单位违规发放补贴");
        Incident other = office.intake("网传某商场电梯故障");
        Deadline missed = office.deadlines.deadlines(incident.id()).getFirst();
        Deadline foreign = office.deadlines.deadlines(other.id()).getFirst();

        Accountability record = office.review.accountability().add(incident.id(), "某科室值班员",
                "接报后未按时电话报告", missed.id(), "批评教育，书面检查");
        assertEquals(missed.id(), record.deadlineId());
        ValidationException refused = assertThrows(ValidationException.class, () -> office.review.accountability()
                .add(incident.id(), "某人", "某事", foreign.id(), "某决定"));
        assertEquals("review.accountability.unknownDeadline", refused.violations().getFirst().messageKey());

        Accountability changed = office.review.accountability().update(record.id(), record.version(), "某科室值班员",
                "接报后40分钟才电话报告", missed.id(), "通报批评");
        assertThrows(StaleDataException.class, () -> office.review.accountability().delete(record.id(),
                record.version()));
        assertEquals(List.of(changed), office.review.written(incident.id()).accountability());
        assertEquals(List.of("update", "create"), office.audit("reviewAccountability").stream()
                .map(a -> a.action()).toList());
    }
}
