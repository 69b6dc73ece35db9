package org.incidentdesk.service.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.incidentdesk.domain.plan.Origin;

/**
 * A plan as the document an office knows (总则, 组织指挥体系及职责, …), generated from the plan data and free of
 * any toolkit: the window shows it, the forms module lays it out as a GB/T 9704 PDF. Sections are numbered
 * (一、 then （一）); their blocks are paragraphs and lists whose every entry says whether the template filled it
 * in by default, and which element of the plan it shows.
 *
 * @param title    the plan's name
 * @param subtitle issuer and version line, e.g. 县委、县政府 · 第 3 版
 */
public record PlanDocument(String title, String subtitle, List<Section> sections) {
    public PlanDocument {
        sections = List.copyOf(sections);
    }

    /** Every entry of the document in reading order, with the headings it stands under. */
    public List<Located> entries() {
        List<Located> out = new ArrayList<>();
        sections.forEach(s -> s.collect(List.of(), out));
        return out;
    }

    /** A numbered section: its heading, its own blocks, then its subsections. */
    public record Section(String number, String heading, List<Block> blocks, List<Section> subsections) {
        public Section {
            blocks = List.copyOf(blocks);
            subsections = List.copyOf(subsections);
        }

        /** "一、总则" or "（二）县指挥部办公室". */
        public String title() {
            return number + heading;
        }

        void collect(List<String> parents, List<Located> out) {
            List<String> path = Stream.concat(parents.stream(), Stream.of(title())).toList();
            for (Block block : blocks) {
                block.entries().forEach(e -> out.add(new Located(path, e)));
            }
            subsections.forEach(s -> s.collect(path, out));
        }
    }

    /** A paragraph or a list. */
    public sealed interface Block permits Paragraph, ItemList {
        List<Entry> entries();
    }

    public record Paragraph(Entry entry) implements Block {
        @Override
        public List<Entry> entries() {
            return List.of(entry);
        }
    }

    /** A list; {@code numbered} lists print 1. 2. 3., the others a bullet. */
    public record ItemList(List<Entry> items, boolean numbered) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }

        @Override
        public List<Entry> entries() {
            return items;
        }
    }

    /**
     * One statement of the plan. {@code lead} is a short bold lead-in (总指挥, 2小时内), may be null; {@code origin}
     * says whether it is a default and why; {@code ref} names the plan element it shows, e.g.
     * {@code deadlines/report-major} or {@code units/office/duties/2} (null for framing text).
     */
    public record Entry(String lead, String text, Origin origin, String ref) {
        public Entry {
            origin = origin == null ? Origin.PLAN_TEXT : origin;
        }

        public boolean isDefault() {
            return origin.defaulted();
        }

        /** Lead and text as one line, e.g. "总指挥：县委常委、宣传部部长". */
        public String fullText(String separator) {
            return lead == null || lead.isEmpty() ? text : lead + separator + text;
        }
    }

    /** An entry with the titles of the sections it stands in, outermost first. */
    public record Located(List<String> sections, Entry entry) {
        public Located {
            sections = List.copyOf(sections);
        }
    }
}
