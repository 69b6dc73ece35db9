package org.incidentdesk.report;

import static org.incidentdesk.report.Grid.ASCENT;
import static org.incidentdesk.report.Grid.BODY_SIZE;
import static org.incidentdesk.report.Grid.CHAR;
import static org.incidentdesk.report.Grid.LEFT;
import static org.incidentdesk.report.Grid.RIGHT;
import static org.incidentdesk.report.Grid.WIDTH;
import static org.incidentdesk.report.Grid.mm;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.report.Block.Heading;
import org.incidentdesk.report.Block.PageBreak;
import org.incidentdesk.report.Block.Paragraph;
import org.incidentdesk.report.Block.Table;

/**
 * The 主体 below the title as items for the pagination: 主送, the body's headings, paragraphs and tables, 附件说明,
 * 署名 with 成文日期 and 附注. It says which items stay together (a heading with the line after it, a paragraph's
 * last line with the line before it, the signature with the last body line, a table header with its first row);
 * {@link Paginator} honours it.
 */
final class BodyItems {
    /** Tracking that makes 28 characters of 三号 fill 156 mm. */
    static final float BODY_SPACING = CHAR - BODY_SIZE;
    /** 五号: a register of six or seven columns needs it to keep phone numbers on one line. */
    private static final float TABLE_SIZE = 10.5f;
    private static final float TABLE_LEADING = TABLE_SIZE * 1.35f;
    private static final float CELL_PAD_X = 2;
    private static final float CELL_PAD_Y = 1.8f;

    private final Typesetter typesetter;
    private final LineBreaker breaker;

    BodyItems(Typesetter typesetter, LineBreaker breaker) {
        this.typesetter = typesetter;
        this.breaker = breaker;
    }

    /** Everything below the title, in order. */
    List<PageItem> of(OfficialDocument doc) {
        List<PageItem> items = new ArrayList<>();
        if (!doc.addressees().isEmpty()) {
            items.add(PageItem.line(List.of())); // one blank line below the title
            items.addAll(addressees(doc.addressees()));
        }
        boolean signed = doc.issuer() != null || doc.date() != null;
        items.addAll(body(doc.body(), signed && doc.attachments().isEmpty()));
        items.addAll(attachments(doc.attachments()));
        items.addAll(signature(doc));
        return items;
    }

    private List<PageItem> addressees(List<String> names) {
        String text = String.join("、", names) + "：";
        List<PageItem> items = new ArrayList<>();
        for (LineBreaker.Line line : breaker.lines(List.of(Span.text(text)), FontRole.FANGSONG, BODY_SIZE, WIDTH, 0,
                BODY_SPACING, false)) {
            items.add(PageItem.line(lineOps(line, FontRole.FANGSONG, BODY_SIZE, LEFT)));
        }
        return items;
    }

    /**
     * @param signatureFollows the last body line is chained to the signature below it, so the last paragraph does
     *                         not also keep its last line with the line before (the chain would then be five lines
     *                         and could leave a page four lines short)
     */
    private List<PageItem> body(List<Block> blocks, boolean signatureFollows) {
        List<PageItem> items = new ArrayList<>();
        int[] counters = new int[5];
        boolean breakNext = false;
        boolean keepWithHeading = false;
        Block last = blocks.isEmpty() ? null : blocks.getLast();
        for (Block block : blocks) {
            List<PageItem> made = switch (block) {
                case Heading h -> heading(h, counters);
                case Paragraph p -> paragraph(p.spans(), p.indent() ? 2 * CHAR : 0, FontRole.FANGSONG,
                        !(signatureFollows && block == last));
                case Table t -> table(t);
                case PageBreak b -> List.of();
            };
            if (block instanceof PageBreak) {
                breakNext = true;
                continue;
            }
            if (breakNext && !made.isEmpty()) {
                PageItem head = made.get(0);
                made = new ArrayList<>(made);
                made.set(0, new PageItem(head.height(), head.ops(), head.onGrid(), false, head.header(), true));
                breakNext = false;
            }
            if (keepWithHeading && !made.isEmpty() && !made.get(0).breakBefore()) {
                made = new ArrayList<>(made);
                made.set(0, made.get(0).kept()); // a heading never ends a page
            }
            keepWithHeading = block instanceof Heading;
            items.addAll(made);
        }
        return items;
    }

    private List<PageItem> heading(Heading heading, int[] counters) {
        int level = heading.level();
        counters[level]++;
        for (int deeper = level + 1; deeper < counters.length; deeper++) {
            counters[deeper] = 0;
        }
        String number = !heading.numbered() ? "" : switch (level) {
            case 1 -> ChineseNumbers.of(counters[1]) + "、";
            case 2 -> "（" + ChineseNumbers.of(counters[2]) + "）";
            case 3 -> counters[3] + ".";
            default -> "（" + counters[4] + "）";
        };
        FontRole role = switch (level) {
            case 1 -> FontRole.HEITI;
            case 2 -> FontRole.KAITI;
            default -> FontRole.FANGSONG;
        };
        return paragraph(List.of(Span.text(number + heading.text())), 2 * CHAR, role, true);
    }

    /**
     * The paragraph's lines; with {@code keepLastLine} its last line moves to a new page with the line before it,
     * so it never stands alone at the top of a page (a widow), at the cost of at most one line left free below.
     */
    private List<PageItem> paragraph(List<Span> spans, float indent, FontRole role, boolean keepLastLine) {
        List<PageItem> items = new ArrayList<>();
        for (LineBreaker.Line line : breaker.lines(spans, role, BODY_SIZE, WIDTH, indent, BODY_SPACING, true)) {
            items.add(PageItem.line(lineOps(line, role, BODY_SIZE, LEFT)));
        }
        if (keepLastLine && items.size() >= 2) {
            items.set(items.size() - 1, items.getLast().kept());
        }
        return items;
    }

    /** A line's text ops, relative to the line's top (y 0). */
    List<Op> lineOps(LineBreaker.Line line, FontRole role, float size, float left) {
        List<Op> ops = new ArrayList<>();
        for (LineBreaker.Piece piece : line.pieces()) {
            ops.add(new Op.Text(left + piece.x(), ASCENT * size, piece.text(), role, size, false, line.spacing(),
                    piece.blank()));
        }
        return ops;
    }

    private List<PageItem> table(Table table) {
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        float[] widths = new float[table.widths().size()];
        float[] xs = new float[widths.length + 1];
        xs[0] = LEFT;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * table.widths().get(i) / total;
            xs[i + 1] = xs[i] + widths[i];
        }
        PageItem header = tableRow(table.header(), widths, xs, FontRole.HEITI, true, null);
        List<PageItem> items = new ArrayList<>();
        items.add(header);
        boolean firstRow = true;
        for (List<String> row : table.rows()) {
            PageItem item = tableRow(row, widths, xs, FontRole.FANGSONG, false, header);
            items.add(firstRow ? item.kept() : item); // the header never stands alone at a page's foot
            firstRow = false;
        }
        return items;
    }

    private PageItem tableRow(List<String> cells, float[] widths, float[] xs, FontRole role, boolean isHeader, PageItem header) {
        List<List<LineBreaker.Line>> laid = new ArrayList<>();
        int maxLines = 1;
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            List<LineBreaker.Line> lines = cell.isEmpty() ? List.of()
                    : breaker.lines(List.of(Span.text(cell)), role, TABLE_SIZE, widths[c] - 2 * CELL_PAD_X, 0, 0, false);
            laid.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        float height = maxLines * TABLE_LEADING + 2 * CELL_PAD_Y;
        List<Op> ops = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            List<LineBreaker.Line> lines = laid.get(c);
            for (int l = 0; l < lines.size(); l++) {
                LineBreaker.Line line = lines.get(l);
                float x = isHeader ? xs[c] + (widths[c] - line.width()) / 2 : xs[c] + CELL_PAD_X;
                float baseline = CELL_PAD_Y + l * TABLE_LEADING + ASCENT * TABLE_SIZE;
                for (LineBreaker.Piece piece : line.pieces()) {
                    ops.add(new Op.Text(x + piece.x(), baseline, piece.text(), role, TABLE_SIZE, false, line.spacing(), false));
                }
            }
        }
        float thin = 0.5f;
        ops.add(new Op.Rule(LEFT, 0, RIGHT, 0, isHeader ? 0.8f : thin, false));
        ops.add(new Op.Rule(LEFT, height, RIGHT, height, isHeader ? 0.8f : thin, false));
        for (float x : xs) {
            ops.add(new Op.Rule(x, 0, x, height, thin, false));
        }
        return new PageItem(height, ops, false, false, header, false);
    }

    private List<PageItem> attachments(List<String> names) {
        List<PageItem> items = new ArrayList<>();
        if (names.isEmpty()) {
            return items;
        }
        items.add(PageItem.line(List.of()));
        String label = "附件：";
        float labelWidth = typesetter.width(FontRole.FANGSONG, label, BODY_SIZE, BODY_SPACING);
        float x = LEFT + 2 * CHAR;
        for (int i = 0; i < names.size(); i++) {
            String name = names.size() > 1 ? (i + 1) + ". " + names.get(i) : names.get(i);
            boolean firstLine = true;
            for (LineBreaker.Line line : breaker.lines(List.of(Span.text(name)), FontRole.FANGSONG, BODY_SIZE,
                    RIGHT - x - labelWidth, 0, BODY_SPACING, false)) {
                List<Op> ops = new ArrayList<>();
                if (i == 0 && firstLine) {
                    ops.add(new Op.Text(x, ASCENT * BODY_SIZE, label, FontRole.FANGSONG, BODY_SIZE, false, BODY_SPACING, false));
                }
                ops.addAll(lineOps(line, FontRole.FANGSONG, BODY_SIZE, x + labelWidth));
                items.add(PageItem.line(ops));
                firstLine = false;
            }
        }
        return items;
    }

    /**
     * 署名 and 成文日期 for a sealed document (7.3.5.1): the date four characters in from the right, the issuer
     * centred over it, one blank line below the body; 附注 below. All of it stays with the last body line.
     */
    private List<PageItem> signature(OfficialDocument doc) {
        List<PageItem> items = new ArrayList<>();
        if (doc.issuer() == null && doc.date() == null && doc.note() == null) {
            return items;
        }
        items.add(PageItem.line(List.of()).kept());
        String date = doc.date() == null ? null : ChineseNumbers.date(doc.date());
        float dateWidth = date == null ? 0 : typesetter.width(FontRole.FANGSONG, date, BODY_SIZE, BODY_SPACING) - BODY_SPACING;
        float dateX = RIGHT - 4 * CHAR - dateWidth;
        if (doc.issuer() != null) {
            float w = typesetter.width(FontRole.FANGSONG, doc.issuer(), BODY_SIZE, BODY_SPACING) - BODY_SPACING;
            float x = date == null ? RIGHT - 2 * CHAR - w : dateX + (dateWidth - w) / 2;
            x = Math.min(x, RIGHT - CHAR - w);
            items.add(PageItem.line(List.of(new Op.Text(x, ASCENT * BODY_SIZE, doc.issuer(), FontRole.FANGSONG, BODY_SIZE,
                    false, BODY_SPACING, false))).kept());
        }
        if (date != null) {
            items.add(PageItem.line(List.of(new Op.Text(dateX, ASCENT * BODY_SIZE, date, FontRole.FANGSONG, BODY_SIZE, false,
                    BODY_SPACING, false))).kept());
        }
        if (doc.note() != null && !doc.note().isBlank()) {
            // the 附注 follows on the next line but is not chained to the signature: a note of three lines chained
            // to it moved seven lines to a new page and left the page before up to six lines short
            items.addAll(paragraph(List.of(Span.text("（" + doc.note() + "）")), 2 * CHAR, FontRole.FANGSONG, true));
        }
        return items;
    }
}
