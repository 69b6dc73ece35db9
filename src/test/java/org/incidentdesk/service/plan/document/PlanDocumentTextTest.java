package org.incidentdesk.service.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.service.plan.document.PlanDocument.Entry;
import org.incidentdesk.service.plan.document.PlanDocument.ItemList;
import org.incidentdesk.service.plan.document.PlanDocument.Paragraph;
import org.incidentdesk.service.plan.document.PlanDocument.Section;
import org.junit.jupiter.api.Test;

/** A plan document as the text lines {@code plan show} prints: headings, entries, default tags and notes. */
class PlanDocumentTextTest {

    @Test
    void headingsEntriesDefaultTagsAndNotesEachOnTheirLine() {
        Section unit = new Section("（一）", "县指挥部办公室", List.of(
                new Paragraph(new Entry(null, "办公室；设在县网络舆情监测中心", Origin.noted("原文写“设在”。"), "units/office")),
                new ItemList(List.of(new Entry("办公室主任", "县网络舆情监测中心主任", null, "units/office/posts/0"),
                        new Entry(null, "新闻发言人", new Origin(true, "原文未设发言人。"), "units/office/posts/1")), false)),
                List.of());
        Section rules = new Section("二、", "时限要求", List.of(new ItemList(List.of(
                new Entry("立即", "报告办公室", null, "deadlines/a"),
                new Entry("1 小时内", "研判", new Origin(true, null), "deadlines/b")), true)), List.of());
        PlanDocument document = new PlanDocument("县预案", "县委、县政府　内置模板",
                List.of(new Section("一、", "组织指挥体系及职责", List.of(), List.of(unit)), rules));

        List<String> lines = new PlanDocumentText(new Messages(Locale.SIMPLIFIED_CHINESE)).lines(document);

        assertEquals(List.of(
                "县预案",
                "县委、县政府　内置模板",
                "",
                "一、组织指挥体系及职责",
                "",
                "（一）县指挥部办公室",
                "  办公室；设在县网络舆情监测中心",
                "    注：原文写“设在”。",
                "  · 办公室主任：县网络舆情监测中心主任",
                "  · 新闻发言人〔默认〕",
                "    注：原文未设发言人。",
                "",
                "二、时限要求",
                "  1. 立即：报告办公室",
                "  2. 1 小时内：研判〔默认〕"), lines);
    }
}
