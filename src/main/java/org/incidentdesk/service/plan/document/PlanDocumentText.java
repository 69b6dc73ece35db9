package org.incidentdesk.service.plan.document;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.plan.document.PlanDocument.Entry;
import org.incidentdesk.service.plan.document.PlanDocument.ItemList;
import org.incidentdesk.service.plan.document.PlanDocument.Paragraph;
import org.incidentdesk.service.plan.document.PlanDocument.Section;

/**
 * A plan document as plain text lines, the way {@code plan show} prints it: the numbered headings of the 全文
 * view (一、总则 … 七、保障), paragraphs and lists indented under them, each default tagged 〔默认〕 and each note
 * on its own line below the entry it explains. Nothing the office did not write shows: no ids, no file keys.
 */
public final class PlanDocumentText {
    private static final String INDENT = "  ";

    private final Messages messages;

    public PlanDocumentText(Messages messages) {
        this.messages = messages;
    }

    public List<String> lines(PlanDocument document) {
        List<String> lines = new ArrayList<>();
        lines.add(document.title());
        if (document.subtitle() != null && !document.subtitle().isBlank()) {
            lines.add(document.subtitle());
        }
        document.sections().forEach(section -> section(section, lines));
        return lines;
    }

    private void section(Section section, List<String> lines) {
        lines.add("");
        lines.add(section.title());
        for (PlanDocument.Block block : section.blocks()) {
            switch (block) {
                case Paragraph p -> entry("", p.entry(), lines);
                case ItemList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        String marker = list.numbered() ? (i + 1) + ". " : messages.get("plan.doc.text.bullet");
                        entry(marker, list.items().get(i), lines);
                    }
                }
            }
        }
        section.subsections().forEach(sub -> section(sub, lines));
    }

    private void entry(String marker, Entry entry, List<String> lines) {
        String mark = entry.isDefault() ? messages.get("plan.doc.text.default") : "";
        lines.add(INDENT + marker + entry.fullText(messages.get("plan.doc.colon")) + mark);
        if (entry.origin().note() != null) {
            lines.add(INDENT + INDENT + messages.get("plan.doc.text.note", entry.origin().note()));
        }
    }
}
