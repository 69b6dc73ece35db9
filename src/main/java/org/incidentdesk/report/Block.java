package org.incidentdesk.report;

import java.util.Arrays;
import java.util.List;

/** A piece of the body: a numbered heading, a paragraph, a table or a forced page break. */
public sealed interface Block {

    /**
     * A heading of level 1 to 4, numbered by the layout (一、 / （一） / 1. / （1））; {@code numbered} false for
     * text that already carries its own number.
     */
    record Heading(int level, String text, boolean numbered) implements Block {
        public Heading {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("heading level 1-4: " + level);
            }
        }

        public static Heading of(int level, String text) {
            return new Heading(level, text, true);
        }
    }

    /** A paragraph; {@code indent} false sets it flush left (e.g. a line of a register). */
    record Paragraph(List<Span> spans, boolean indent) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Span.text(text)), true);
        }

        public static Paragraph of(Span... spans) {
            return new Paragraph(Arrays.asList(spans), true);
        }

        public String plainText() {
            StringBuilder text = new StringBuilder();
            spans.forEach(s -> text.append(s.text()));
            return text.toString();
        }
    }

    /**
     * A table across the type area's width; {@code widths} are relative column widths. Across pages the header
     * row repeats.
     */
    record Table(List<String> header, List<Float> widths, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            if (header.size() != widths.size()) {
                throw new IllegalArgumentException("one width per column");
            }
        }
    }

    /** Starts the next block on a new page. */
    record PageBreak() implements Block {
    }
}
