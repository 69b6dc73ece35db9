package org.incidentdesk.report;

import static org.incidentdesk.report.Grid.BOTTOM;
import static org.incidentdesk.report.Grid.HEIGHT;
import static org.incidentdesk.report.Grid.LINE;
import static org.incidentdesk.report.Grid.TOP;

import java.util.ArrayList;
import java.util.List;

/**
 * Places items on pages: grid lines snap to the 22-line grid, a chain of items kept together moves to a new page
 * as a whole when it does not fit (unless it is longer than a page), and a table row that starts a page is
 * preceded by its table's header row.
 */
final class Paginator {
    private Paginator() {
    }

    static float paginate(List<PageItem> items, List<List<Op>> pages, float startY) {
        float y = startY;
        int i = 0;
        while (i < items.size()) {
            int end = i + 1;
            while (end < items.size() && items.get(end).keepWithPrevious()) {
                end++;
            }
            List<PageItem> chain = items.subList(i, end);
            float chainHeight = 0;
            for (PageItem item : chain) {
                chainHeight += item.height();
            }
            PageItem head = chain.get(0);
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
            for (PageItem item : chain) {
                y = place(item, pages, y);
            }
            i = end;
        }
        return y;
    }

    private static float place(PageItem item, List<List<Op>> pages, float y) {
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

    private static float put(PageItem item, List<List<Op>> pages, float top) {
        List<Op> page = pages.get(pages.size() - 1);
        for (Op op : item.ops()) {
            page.add(op.shifted(top));
        }
        return top + item.height();
    }

    static float snap(float y) {
        float lines = (y - TOP) / LINE;
        return TOP + (float) Math.ceil(lines - 0.01f) * LINE;
    }
}
