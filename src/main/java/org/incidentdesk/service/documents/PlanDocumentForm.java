package org.incidentdesk.service.documents;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.report.Block;
import org.incidentdesk.report.DocumentFormat;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.Span;
import org.incidentdesk.report.forms.IssueDetails;
import org.incidentdesk.service.plan.document.PlanDocument;

/**
 * Lays a plan document out as a GB/T 9704 document: its sections keep their numbers (一、, （一）, …) as headings,
 * list entries print 1. 2. 3. where the list is numbered, and every entry the template filled in by default
 * ends with {@value #DEFAULT_MARK}, so a reader sees what the office has not yet decided itself. It is the plan
 * text itself, not a 公文 issuing it, so it carries no masthead and takes no 文号.
 */
final class PlanDocumentForm {
    static final String DEFAULT_MARK = "（默认）";
    private static final int DEEPEST_HEADING = 4;

    private PlanDocumentForm() {
    }

    static OfficialDocument of(IssueDetails issue, PlanDocument plan) {
        OfficialDocument.Builder doc = OfficialDocument.builder(DocumentFormat.STANDARD)
                .copyNumber(issue.copyNumber())
                .secrecy(issue.secrecy(), issue.secrecyPeriod())
                .urgency(issue.urgency())
                .title(plan.title())
                .signature(issue.issuer(), issue.date())
                .printed(issue.printedBy(), issue.date());
        if (plan.subtitle() != null && !plan.subtitle().isBlank()) {
            doc.add(new Block.Paragraph(List.of(Span.text(plan.subtitle())), false));
        }
        plan.sections().forEach(section -> doc.addAll(section(section, 1)));
        return doc.build();
    }

    private static List<Block> section(PlanDocument.Section section, int level) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(Math.min(level, DEEPEST_HEADING), section.title(), false));
        for (PlanDocument.Block block : section.blocks()) {
            switch (block) {
                case PlanDocument.Paragraph p -> blocks.add(Block.Paragraph.of(entry(p.entry())));
                case PlanDocument.ItemList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        String number = list.numbered() ? (i + 1) + ". " : "";
                        blocks.add(Block.Paragraph.of(number + entry(list.items().get(i))));
                    }
                }
            }
        }
        section.subsections().forEach(sub -> blocks.addAll(section(sub, level + 1)));
        return blocks;
    }

    static String entry(PlanDocument.Entry entry) {
        String text = entry.fullText("：");
        return entry.isDefault() ? text + DEFAULT_MARK : text;
    }
}
