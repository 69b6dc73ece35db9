package org.incidentdesk.report;

import static org.incidentdesk.report.Grid.ASCENT;
import static org.incidentdesk.report.Grid.BOTTOM;
import static org.incidentdesk.report.Grid.LEFT;
import static org.incidentdesk.report.Grid.LINE;
import static org.incidentdesk.report.Grid.RIGHT;
import static org.incidentdesk.report.Grid.SMALL_SIZE;
import static org.incidentdesk.report.Grid.WIDTH;
import static org.incidentdesk.report.Grid.mm;

import java.util.ArrayList;
import java.util.List;

/** The 版记 (GB/T 9704 §7.4): 抄送, 印发机关 and 印发日期 between rules at the foot of the last page. */
final class Colophon {
    private static final float HEAVY_RULE = mm(0.35);
    private static final float THIN_RULE = mm(0.25);

    private final Typesetter typesetter;
    private final LineBreaker breaker;
    private final BodyItems body;

    Colophon(Typesetter typesetter, LineBreaker breaker, BodyItems body) {
        this.typesetter = typesetter;
        this.breaker = breaker;
        this.body = body;
    }

    /** The 版记 at the foot of the type area on the last page (a new page when the last one is full). */
    void draw(OfficialDocument doc, List<List<Op>> pages, float y) {
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
                for (Op op : body.lineOps(line, FontRole.FANGSONG, SMALL_SIZE, LEFT + indent + labelWidth)) {
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
        if (Paginator.snap(y) > top + 0.5f) {
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
}
