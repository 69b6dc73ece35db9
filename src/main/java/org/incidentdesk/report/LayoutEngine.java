package org.incidentdesk.report;

import static org.incidentdesk.report.Grid.BOTTOM;
import static org.incidentdesk.report.Grid.LEFT;
import static org.incidentdesk.report.Grid.RIGHT;
import static org.incidentdesk.report.Grid.SMALL_SIZE;
import static org.incidentdesk.report.Grid.TOP;
import static org.incidentdesk.report.Grid.mm;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets an {@link OfficialDocument} on the GB/T 9704 grid and breaks it into pages: the 版头 on page 1
 * ({@link PageHead}), the body as items on the 22-line grid ({@link BodyItems}) placed by {@link Paginator}, the 版记
 * at the foot of the last page ({@link Colophon}), page numbers 7 mm below the type area (odd pages right, even
 * pages left), and on a sample every page marked 示例 above the type area.
 */
final class LayoutEngine {
    private final Typesetter typesetter;
    private final PageHead head;
    private final BodyItems body;
    private final Colophon colophon;

    LayoutEngine(Typesetter typesetter) {
        this.typesetter = typesetter;
        LineBreaker breaker = new LineBreaker(typesetter);
        this.head = new PageHead(typesetter);
        this.body = new BodyItems(typesetter, breaker);
        this.colophon = new Colophon(typesetter, breaker, body);
    }

    /** A page's drawing and whether it shows a page number. */
    record Page(List<Op> ops, boolean numbered) {
    }

    List<Page> layout(OfficialDocument doc) {
        List<List<Op>> pages = new ArrayList<>();
        List<Op> first = new ArrayList<>();
        pages.add(first);
        float y = head.draw(doc, first);
        y = Paginator.paginate(body.of(doc), pages, y);
        colophon.draw(doc, pages, y);
        List<Page> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Op> ops = new ArrayList<>(pages.get(i));
            boolean numbered = !(doc.format() == DocumentFormat.LETTER && i == 0);
            if (numbered) {
                ops.add(pageNumber(i + 1));
            }
            if (doc.specimenMark() != null) {
                ops.add(specimenMark(doc.specimenMark()));
            }
            result.add(new Page(ops, numbered));
        }
        return result;
    }

    /** The title's lines, balanced when it does not fit one. */
    List<String> balanced(String title) {
        return head.balanced(title);
    }

    /** {@code — N —} in 四号宋体, its dash 7 mm below the type area; odd pages right, even pages left, one character in. */
    /** Red, in the top margin at the right, so it is seen on every page but never covers the document. */
    private Op specimenMark(String mark) {
        float w = typesetter.width(FontRole.HEITI, mark, SMALL_SIZE, 0);
        return PageHead.text(RIGHT - w, TOP - mm(14), mark, FontRole.HEITI, SMALL_SIZE, true, 0);
    }

    private Op pageNumber(int number) {
        String label = "— " + number + " —";
        float w = typesetter.width(FontRole.SONGTI, label, SMALL_SIZE, 0);
        float x = number % 2 == 1 ? RIGHT - SMALL_SIZE - w : LEFT + SMALL_SIZE;
        float baseline = BOTTOM + mm(7) + SMALL_SIZE * 0.3f;
        return new Op.Text(x, baseline, label, FontRole.SONGTI, SMALL_SIZE, false, 0, false);
    }
}
