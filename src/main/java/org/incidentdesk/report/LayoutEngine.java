package org.incidentdesk.report;

import static org.incidentdesk.report.Grid.ASCENT;
import static org.incidentdesk.report.Grid.BODY_SIZE;
import static org.incidentdesk.report.Grid.BOTTOM;
import static org.incidentdesk.report.Grid.CHAR;
import static org.incidentdesk.report.Grid.HEIGHT;
import static org.incidentdesk.report.Grid.LEFT;
import static org.incidentdesk.report.Grid.LINE;
import static org.incidentdesk.report.Grid.PAGE_HEIGHT;
import static org.incidentdesk.report.Grid.PAGE_WIDTH;
import static org.incidentdesk.report.Grid.RIGHT;
import static org.incidentdesk.report.Grid.SMALL_SIZE;
import static org.incidentdesk.report.Grid.TITLE_SIZE;
import static org.incidentdesk.report.Grid.TOP;
import static org.incidentdesk.report.Grid.WIDTH;
import static org.incidentdesk.report.Grid.mm;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.report.Block.Heading;
import org.incidentdesk.report.Block.PageBreak;
import org.incidentdesk.report.Block.Paragraph;
import org.incidentdesk.report.Block.Table;

/**
 * Sets an {@link OfficialDocument} on the GB/T 9704 grid and breaks it into pages: the 版头 on page 1, body lines
 * on the 22-line grid, tables with their header repeated, the signature kept with the last body line, the 版记
 * at the foot of the last page, page numbers 7 mm below the type area (odd pages right, even pages left).
 */
final class LayoutEngine {
    /** Tracking that makes 28 characters of 三号 fill 156 mm. */
    static final float BODY_SPACING = CHAR - BODY_SIZE;
    /** 五号: a register of six or seven columns needs it to keep phone numbers on one line. */
    private static final float TABLE_SIZE = 10.5f;
    private static final float TABLE_LEADING = TABLE_SIZE * 1.35f;
    private static final float CELL_PAD_X = 2;
    private static final float CELL_PAD_Y = 1.8f;
    private static final float MASTHEAD_MAX = 36;
    private static final float RED_RULE = mm(0.5);
    private static final float HEAVY_RULE = mm(0.35);
    private static final float THIN_RULE = mm(0.25);

    private final Typesetter typesetter;
    private final LineBreaker breaker;

    LayoutEngine(Typesetter typesetter) {
        this.typesetter = typesetter;
        this.breaker = new LineBreaker(typesetter);
    }

    /** A page's drawing and whether it shows a page number. */
    record Page(List<Op> ops, boolean numbered) {
    }

    /** Something the pagination places: a grid line, a table row, a break. */
    private record Item(float height, List<Op> ops, boolean onGrid, boolean keepWithPrevious, Item header,
                        boolean breakBefore) {
        static Item line(List<Op> ops) {
            return new Item(LINE, ops, true, false, null, false);
        }

        Item kept() {
            return new Item(height, ops, onGrid, true, header, breakBefore);
        }
    }

    List<Page> layout(OfficialDocument doc) {
        List<List<Op>> pages = new ArrayList<>();
        List<Op> first = new ArrayList<>();
        pages.add(first);
        float y = switch (doc.format()) {
            case STANDARD -> standardHead(doc, first);
            case LETTER -> letterHead(doc, first);
            case PLAIN -> plainHead(doc, first);
        };
        y = title(doc, first, y);
        List<Item> items = new ArrayList<>();
        if (!doc.addressees().isEmpty()) {
            items.add(Item.line(List.of())); // one blank line below the title
            items.addAll(addressees(doc.addressees()));
        }
        items.addAll(body(doc.body()));
        items.addAll(attachments(doc.attachments()));
        items.addAll(signature(doc));
        y = paginate(items, pages, y);
        colophon(doc, pages, y);
        List<Page> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Op> ops = new ArrayList<>(pages.get(i));
            boolean numbered = !(doc.format() == DocumentFormat.LETTER && i == 0);
            if (numbered) {
                ops.add(pageNumber(i + 1));
            }
            result.add(new Page(ops, numbered));
        }
        return result;
    }

    // ---- 版头 ----

    private float plainHead(OfficialDocument doc, List<Op> page) {
        int line = markBlock(doc, page, 0);
        return Grid.lineTop(line);
    }

    /** 份号, 密级 and 紧急程度 flush left from grid line {@code line}; returns the next free line. */
    private int markBlock(OfficialDocument doc, List<Op> page, int line) {
        for (String[] mark : marks(doc)) {
            page.add(text(LEFT, Grid.lineTop(line), mark[0], "H".equals(mark[1]) ? FontRole.HEITI : FontRole.FANGSONG,
                    BODY_SIZE, false, 0));
            line++;
        }
        return line;
    }

    private static List<String[]> marks(OfficialDocument doc) {
        List<String[]> marks = new ArrayList<>();
        if (doc.copyNumber() != null && !doc.copyNumber().isBlank()) {
            marks.add(new String[] {doc.copyNumber(), "F"});
        }
        if (doc.secrecy().classified()) {
            marks.add(new String[] {doc.secrecy().marked(doc.secrecyPeriod()), "H"});
        }
        if (doc.urgency() != Urgency.NONE) {
            marks.add(new String[] {doc.urgency().mark(), "H"});
        }
        return marks;
    }

    private float standardHead(OfficialDocument doc, List<Op> page) {
        if (doc.masthead() == null || doc.masthead().isBlank()) {
            return plainHead(doc, page);
        }
        markBlock(doc, page, 0);
        float mastTop = TOP + mm(35);
        float mastSize = masthead(doc.masthead(), mastTop, page);
        float numberTop = mastTop + mastSize + 2 * LINE;
        if (!doc.signers().isEmpty()) {
            numberTop = signers(doc, page, numberTop);
        } else if (doc.number() != null) {
            float w = typesetter.width(FontRole.FANGSONG, doc.number(), BODY_SIZE, 0);
            page.add(text(LEFT + (WIDTH - w) / 2, numberTop, doc.number(), FontRole.FANGSONG, BODY_SIZE, false, 0));
        }
        float ruleY = numberTop + BODY_SIZE + mm(4);
        page.add(new Op.Rule(LEFT, ruleY, RIGHT, ruleY, RED_RULE, true));
        return ruleY + 2 * LINE;
    }

    /** Upward documents: 签发人 right-aligned (one character in), 发文字号 left on the last signer line. */
    private float signers(OfficialDocument doc, List<Op> page, float top) {
        String label = "签发人：";
        float labelWidth = typesetter.width(FontRole.FANGSONG, label, BODY_SIZE, 0);
        List<String> names = doc.signers();
        int perLine = 2;
        int lines = (names.size() + perLine - 1) / perLine;
        float nameWidth = 4 * BODY_SIZE;
        float blockWidth = labelWidth + perLine * nameWidth + (perLine - 1) * BODY_SIZE;
        float x = RIGHT - CHAR - blockWidth;
        float lineTop = top;
        for (int l = 0; l < lines; l++) {
            lineTop = top + l * LINE;
            if (l == 0) {
                page.add(text(x, lineTop, label, FontRole.FANGSONG, BODY_SIZE, false, 0));
            }
            for (int k = 0; k < perLine && l * perLine + k < names.size(); k++) {
                page.add(text(x + labelWidth + k * (nameWidth + BODY_SIZE), lineTop, names.get(l * perLine + k),
                        FontRole.KAITI, BODY_SIZE, false, 0));
            }
        }
        if (doc.number() != null) {
            page.add(text(LEFT + CHAR, lineTop, doc.number(), FontRole.FANGSONG, BODY_SIZE, false, 0));
        }
        return lineTop;
    }

    /** The red masthead centred with its top edge at {@code top}; returns the size used. */
    private float masthead(String name, float top, List<Op> page) {
        float unit = typesetter.width(FontRole.XIAOBIAOSONG, name, 1, 0);
        float size = Math.min(MASTHEAD_MAX, WIDTH / unit);
        float spacing = name.codePointCount(0, name.length()) < 8 ? size * 0.3f : 0;
        float w = typesetter.width(FontRole.XIAOBIAOSONG, name, size, spacing) - spacing;
        page.add(text(LEFT + (WIDTH - w) / 2, top, name, FontRole.XIAOBIAOSONG, size, true, spacing));
        return size;
    }

    private float letterHead(OfficialDocument doc, List<Op> page) {
        float mastTop = mm(30);
        float size = doc.masthead() == null ? 0 : masthead(doc.masthead(), mastTop, page);
        float ruleTop = mastTop + size + mm(4);
        float x1 = (PAGE_WIDTH - mm(170)) / 2;
        float x2 = x1 + mm(170);
        page.add(new Op.Rule(x1, ruleTop, x2, ruleTop, mm(0.8), true));
        page.add(new Op.Rule(x1, ruleTop + mm(1.2), x2, ruleTop + mm(1.2), mm(0.3), true));
        float footY = PAGE_HEIGHT - mm(20);
        page.add(new Op.Rule(x1, footY - mm(1.2), x2, footY - mm(1.2), mm(0.3), true));
        page.add(new Op.Rule(x1, footY, x2, footY, mm(0.8), true));
        float first = ruleTop + mm(1.2) + BODY_SIZE * 7 / 8;
        List<String[]> marks = marks(doc);
        for (int i = 0; i < marks.size(); i++) {
            page.add(text(LEFT, first + i * LINE, marks.get(i)[0],
                    "H".equals(marks.get(i)[1]) ? FontRole.HEITI : FontRole.FANGSONG, BODY_SIZE, false, 0));
        }
        if (doc.number() != null) {
            float w = typesetter.width(FontRole.FANGSONG, doc.number(), BODY_SIZE, 0);
            page.add(text(RIGHT - w, first, doc.number(), FontRole.FANGSONG, BODY_SIZE, false, 0));
        }
        int rows = Math.max(1, marks.size());
        return first + (rows + 2) * LINE; // two blank lines below the last element
    }

    // ---- 主体 ----

    /** Title lines centred from {@code top} snapped to the grid; a long title is split into balanced lines. */
    private float title(OfficialDocument doc, List<Op> page, float top) {
        int index = Math.max(0, Math.round((top - TOP) / LINE));
        if (doc.title() == null || doc.title().isBlank()) {
            return Grid.lineTop(index);
        }
        for (String line : balanced(doc.title())) {
            float w = typesetter.width(FontRole.XIAOBIAOSONG, line, TITLE_SIZE, 0);
            page.add(text(LEFT + (WIDTH - w) / 2, Grid.lineTop(index), line, FontRole.XIAOBIAOSONG, TITLE_SIZE, false, 0));
            index++;
        }
        return Grid.lineTop(index);
    }

    /** Splits the title into as few lines as fit, of nearly equal length, longer lines first (an inverted trapezoid). */
    List<String> balanced(String title) {
        float total = typesetter.width(FontRole.XIAOBIAOSONG, title, TITLE_SIZE, 0);
        int count = (int) Math.ceil(total / (WIDTH * 0.98f));
        if (count <= 1) {
            return List.of(title);
        }
        int[] cps = title.codePoints().toArray();
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int l = 0; l < count; l++) {
            int remaining = cps.length - start;
            int take = (int) Math.ceil(remaining / (double) (count - l));
            int end = Math.min(cps.length, start + take);
            while (end < cps.length && "，。、；：？！）》」”".indexOf(cps[end]) >= 0) {
                end++;
            }
            lines.add(new String(cps, start, end - start));
            start = end;
            if (start >= cps.length) {
                break;
            }
        }
        return lines;
    }

    private List<Item> addressees(List<String> names) {
        String text = String.join("、", names) + "：";
        List<Item> items = new ArrayList<>();
        for (LineBreaker.Line line : breaker.lines(List.of(Span.text(text)), FontRole.FANGSONG, BODY_SIZE, WIDTH, 0,
                BODY_SPACING, false)) {
            items.add(Item.line(lineOps(line, FontRole.FANGSONG, BODY_SIZE, LEFT)));
        }
        return items;
    }

    private List<Item> body(List<Block> blocks) {
        List<Item> items = new ArrayList<>();
        int[] counters = new int[5];
        boolean breakNext = false;
        boolean keepWithHeading = false;
        for (Block block : blocks) {
            List<Item> made = switch (block) {
                case Heading h -> heading(h, counters);
                case Paragraph p -> paragraph(p.spans(), p.indent() ? 2 * CHAR : 0, FontRole.FANGSONG);
                case Table t -> table(t);
                case PageBreak b -> List.of();
            };
            if (block instanceof PageBreak) {
                breakNext = true;
                continue;
            }
            if (breakNext && !made.isEmpty()) {
                Item head = made.get(0);
                made = new ArrayList<>(made);
                made.set(0, new Item(head.height(), head.ops(), head.onGrid(), false, head.header(), true));
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

    private List<Item> heading(Heading heading, int[] counters) {
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
        return paragraph(List.of(Span.text(number + heading.text())), 2 * CHAR, role);
    }

    private List<Item> paragraph(List<Span> spans, float indent, FontRole role) {
        List<Item> items = new ArrayList<>();
        for (LineBreaker.Line line : breaker.lines(spans, role, BODY_SIZE, WIDTH, indent, BODY_SPACING, true)) {
            items.add(Item.line(lineOps(line, role, BODY_SIZE, LEFT)));
        }
        return items;
    }

    /** A line's text ops, relative to the line's top (y 0). */
    private List<Op> lineOps(LineBreaker.Line line, FontRole role, float size, float left) {
        List<Op> ops = new ArrayList<>();
        for (LineBreaker.Piece piece : line.pieces()) {
            ops.add(new Op.Text(left + piece.x(), ASCENT * size, piece.text(), role, size, false, line.spacing(),
                    piece.blank()));
        }
        return ops;
    }

    private List<Item> table(Table table) {
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
        Item header = tableRow(table.header(), widths, xs, FontRole.HEITI, true, null);
        List<Item> items = new ArrayList<>();
        items.add(header);
        boolean firstRow = true;
        for (List<String> row : table.rows()) {
            Item item = tableRow(row, widths, xs, FontRole.FANGSONG, false, header);
            items.add(firstRow ? item.kept() : item); // the header never stands alone at a page's foot
            firstRow = false;
        }
        return items;
    }

    private Item tableRow(List<String> cells, float[] widths, float[] xs, FontRole role, boolean isHeader, Item header) {
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
        return new Item(height, ops, false, false, header, false);
    }

    private List<Item> attachments(List<String> names) {
        List<Item> items = new ArrayList<>();
        if (names.isEmpty()) {
            return items;
        }
        items.add(Item.line(List.of()));
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
                items.add(Item.line(ops));
                firstLine = false;
            }
        }
        return items;
    }

    /**
     * 署名 and 成文日期 for a sealed document (7.3.5.1): the date four characters in from the right, the issuer
     * centred over it, one blank line below the body; 附注 below. All of it stays with the last body line.
     */
    private List<Item> signature(OfficialDocument doc) {
        List<Item> items = new ArrayList<>();
        if (doc.issuer() == null && doc.date() == null && doc.note() == null) {
            return items;
        }
        items.add(Item.line(List.of()).kept());
        String date = doc.date() == null ? null : ChineseNumbers.date(doc.date());
        float dateWidth = date == null ? 0 : typesetter.width(FontRole.FANGSONG, date, BODY_SIZE, BODY_SPACING) - BODY_SPACING;
        float dateX = RIGHT - 4 * CHAR - dateWidth;
        if (doc.issuer() != null) {
            float w = typesetter.width(FontRole.FANGSONG, doc.issuer(), BODY_SIZE, BODY_SPACING) - BODY_SPACING;
            float x = date == null ? RIGHT - 2 * CHAR - w : dateX + (dateWidth - w) / 2;
            x = Math.min(x, RIGHT - CHAR - w);
            items.add(Item.line(List.of(new Op.Text(x, ASCENT * BODY_SIZE, doc.issuer(), FontRole.FANGSONG, BODY_SIZE,
                    false, BODY_SPACING, false))).kept());
        }
        if (date != null) {
            items.add(Item.line(List.of(new Op.Text(dateX, ASCENT * BODY_SIZE, date, FontRole.FANGSONG, BODY_SIZE, false,
                    BODY_SPACING, false))).kept());
        }
        if (doc.note() != null && !doc.note().isBlank()) {
            for (Item note : paragraph(List.of(Span.text("（" + doc.note() + "）")), 2 * CHAR, FontRole.FANGSONG)) {
                items.add(note.kept());
            }
        }
        return items;
    }

    // ---- pages ----

    private float paginate(List<Item> items, List<List<Op>> pages, float startY) {
        float y = startY;
        int i = 0;
        while (i < items.size()) {
            int end = i + 1;
            while (end < items.size() && items.get(end).keepWithPrevious()) {
                end++;
            }
            List<Item> chain = items.subList(i, end);
            float chainHeight = 0;
            for (Item item : chain) {
                chainHeight += item.height();
            }
            Item head = chain.get(0);
            float headY = head.onGrid() ? snap(y) : y;
            boolean pageHasContent = y > TOP + 0.5f;
            if (head.breakBefore() && pageHasContent
                    || pageHasContent && headY + chainHeight > BOTTOM + 0.5f && chainHeight <= HEIGHT - LINE) {
                pages.add(new ArrayList<>());
                y = TOP;
                if (head.header() != null) {
                    y = put(head.header(), pages, y); // a table continues under its header row
                }
            }
            for (Item item : chain) {
                y = place(item, pages, y);
            }
            i = end;
        }
        return y;
    }

    private float place(Item item, List<List<Op>> pages, float y) {
        float top = item.onGrid() ? snap(y) : y;
        if (top + item.height() > BOTTOM + 0.5f && top > TOP + 0.5f) {
            pages.add(new ArrayList<>());
            top = TOP;
            if (item.header() != null) {
                top = put(item.header(), pages, top);
            }
        }
        return put(item, pages, top);
    }

    private static float put(Item item, List<List<Op>> pages, float top) {
        List<Op> page = pages.get(pages.size() - 1);
        for (Op op : item.ops()) {
            page.add(op.shifted(top));
        }
        return top + item.height();
    }

    private static float snap(float y) {
        float lines = (y - TOP) / LINE;
        return TOP + (float) Math.ceil(lines - 0.01f) * LINE;
    }

    /** The 版记 at the foot of the type area on the last page (a new page when the last one is full). */
    private void colophon(OfficialDocument doc, List<List<Op>> pages, float y) {
        if (!doc.hasColophon()) {
            return;
        }
        boolean letter = doc.format() == DocumentFormat.LETTER;
        float indent = SMALL_SIZE;
        List<List<Op>> rows = new ArrayList<>();
        if (!doc.copiesTo().isEmpty()) {
            String label = "抄送：";
            float labelWidth = typesetter.width(FontRole.FANGSONG, label, SMALL_SIZE, 0);
            boolean first = true;
            for (LineBreaker.Line line : breaker.lines(List.of(Span.text(String.join("，", doc.copiesTo()) + "。")),
                    FontRole.FANGSONG, SMALL_SIZE, WIDTH - 2 * indent - labelWidth, 0, 0, false)) {
                List<Op> ops = new ArrayList<>();
                if (first) {
                    ops.add(new Op.Text(LEFT + indent, 0, label, FontRole.FANGSONG, SMALL_SIZE, false, 0, false));
                }
                for (Op op : lineOps(line, FontRole.FANGSONG, SMALL_SIZE, LEFT + indent + labelWidth)) {
                    Op.Text t = (Op.Text) op;
                    ops.add(new Op.Text(t.x(), 0, t.text(), t.role(), t.size(), false, t.spacing(), false));
                }
                rows.add(ops);
                first = false;
            }
        }
        int copyRows = rows.size();
        if (!letter && doc.printedBy() != null) {
            List<Op> ops = new ArrayList<>();
            ops.add(new Op.Text(LEFT + indent, 0, doc.printedBy(), FontRole.FANGSONG, SMALL_SIZE, false, 0, false));
            if (doc.printedOn() != null) {
                String date = ChineseNumbers.date(doc.printedOn()) + "印发";
                float w = typesetter.width(FontRole.FANGSONG, date, SMALL_SIZE, 0);
                float nameEnd = LEFT + indent + typesetter.width(FontRole.FANGSONG, doc.printedBy(), SMALL_SIZE, 0);
                if (nameEnd + SMALL_SIZE > RIGHT - indent - w) {
                    // a long office name leaves no room for the date on its line: the date goes one line down
                    rows.add(ops);
                    ops = new ArrayList<>();
                }
                ops.add(new Op.Text(RIGHT - indent - w, 0, date, FontRole.FANGSONG, SMALL_SIZE, false, 0, false));
            }
            rows.add(ops);
        }
        float rowHeight = LINE;
        float height = rows.size() * rowHeight;
        float top = BOTTOM - height;
        if (snap(y) > top + 0.5f) {
            pages.add(new ArrayList<>());
        }
        List<Op> page = pages.get(pages.size() - 1);
        float baselineInRow = (rowHeight - SMALL_SIZE) / 2 + ASCENT * SMALL_SIZE;
        for (int r = 0; r < rows.size(); r++) {
            float rowTop = top + r * rowHeight;
            for (Op op : rows.get(r)) {
                page.add(op.shifted(rowTop + baselineInRow));
            }
        }
        if (!letter) {
            page.add(new Op.Rule(LEFT, top, RIGHT, top, HEAVY_RULE, false));
            if (copyRows > 0 && copyRows < rows.size()) {
                float between = top + copyRows * rowHeight;
                page.add(new Op.Rule(LEFT, between, RIGHT, between, THIN_RULE, false));
            }
            page.add(new Op.Rule(LEFT, BOTTOM, RIGHT, BOTTOM, HEAVY_RULE, false));
        }
    }

    /** {@code — N —} in 四号宋体, its dash 7 mm below the type area; odd pages right, even pages left, one character in. */
    private Op pageNumber(int number) {
        String label = "— " + number + " —";
        float w = typesetter.width(FontRole.SONGTI, label, SMALL_SIZE, 0);
        float x = number % 2 == 1 ? RIGHT - SMALL_SIZE - w : LEFT + SMALL_SIZE;
        float baseline = BOTTOM + mm(7) + SMALL_SIZE * 0.3f;
        return new Op.Text(x, baseline, label, FontRole.SONGTI, SMALL_SIZE, false, 0, false);
    }

    private static Op text(float x, float top, String text, FontRole role, float size, boolean red, float spacing) {
        return new Op.Text(x, top + ASCENT * size, text, role, size, red, spacing, false);
    }
}
