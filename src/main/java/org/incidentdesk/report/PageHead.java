package org.incidentdesk.report;

import static org.incidentdesk.report.Grid.ASCENT;
import static org.incidentdesk.report.Grid.BODY_SIZE;
import static org.incidentdesk.report.Grid.CHAR;
import static org.incidentdesk.report.Grid.LEFT;
import static org.incidentdesk.report.Grid.LINE;
import static org.incidentdesk.report.Grid.PAGE_HEIGHT;
import static org.incidentdesk.report.Grid.PAGE_WIDTH;
import static org.incidentdesk.report.Grid.RIGHT;
import static org.incidentdesk.report.Grid.TITLE_SIZE;
import static org.incidentdesk.report.Grid.TOP;
import static org.incidentdesk.report.Grid.WIDTH;
import static org.incidentdesk.report.Grid.mm;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.security.Secrecy;

/**
 * The 版头 of page 1 and the title (GB/T 9704 §7.2, §7.3.1): 份号, 密级 and 紧急程度 flush left, the red masthead
 * with 发文字号 (or 签发人 for upward documents) and the red rule, the letter format's double rules, and the title
 * centred in balanced lines. Each method draws onto the first page and returns where the body may start.
 */
final class PageHead {
    private static final float MASTHEAD_MAX = 36;
    private static final float RED_RULE = mm(0.5);

    private final Typesetter typesetter;

    PageHead(Typesetter typesetter) {
        this.typesetter = typesetter;
    }

    /** Draws the head of {@code doc}'s format and its title; returns the top of the first body line. */
    float draw(OfficialDocument doc, List<Op> page) {
        float y = switch (doc.format()) {
            case STANDARD -> standardHead(doc, page);
            case LETTER -> letterHead(doc, page);
            case PLAIN -> plainHead(doc, page);
        };
        return title(doc, page, y);
    }

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
        if (doc.secrecy() != Secrecy.NONE) {
            marks.add(new String[] {PrintedSecrecy.marked(doc.secrecy(), doc.secrecyPeriod()), "H"});
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

    /** Title lines centred from {@code top} snapped to the grid; a long title is split into balanced lines. */
    float title(OfficialDocument doc, List<Op> page, float top) {
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
            int end = wordBreakNear(cps, start, Math.min(cps.length, start + take));
            while (end < cps.length && "，。、；：？！）》」”".indexOf(cps[end]) >= 0) {
                end++;
            }
            while (end < cps.length && end - 1 > start && "（《「“".indexOf(cps[end - 1]) >= 0) {
                end--; // an opening mark goes down with what it opens
            }
            lines.add(new String(cps, start, end - start));
            start = end;
            if (start >= cps.length) {
                break;
            }
        }
        return lines;
    }

    /**
     * A break within three characters of {@code balanced} that keeps words whole (回行时词意完整): after a
     * pause mark, else after a category's 类 (询问、质疑、诉求类｜黄色预警); {@code balanced} itself when there is
     * none, since without a dictionary no other break is known to fall between words.
     */
    private static int wordBreakNear(int[] cps, int start, int balanced) {
        int best = balanced;
        int bestScore = 0;
        for (int end = Math.max(start + 1, balanced - 3); end <= Math.min(cps.length - 1, balanced + 3); end++) {
            int score = "、，；：".indexOf(cps[end - 1]) >= 0 ? 2 : cps[end - 1] == '类' ? 1 : 0;
            if (score > bestScore || score == bestScore && score > 0
                    && Math.abs(end - balanced) < Math.abs(best - balanced)) {
                best = end;
                bestScore = score;
            }
        }
        return best;
    }

    static Op text(float x, float top, String text, FontRole role, float size, boolean red, float spacing) {
        return new Op.Text(x, top + ASCENT * size, text, role, size, red, spacing, false);
    }
}
