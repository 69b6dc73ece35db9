package org.incidentdesk.report;

/**
 * The GB/T 9704-2012 page: A4, top margin 37 mm, left (binding) margin 28 mm, a type area of 156 x 225 mm set
 * as 22 lines of 28 characters in 三号 (16 pt). All positions in points, measured from the top-left corner of
 * the paper; the PDF writer turns them round.
 */
public final class Grid {
    public static final float PT_PER_MM = 72f / 25.4f;
    public static final float PAGE_WIDTH = mm(210);
    public static final float PAGE_HEIGHT = mm(297);
    public static final float TOP = mm(37);
    public static final float LEFT = mm(28);
    public static final float WIDTH = mm(156);
    public static final float HEIGHT = mm(225);
    public static final float RIGHT = LEFT + WIDTH;
    public static final float BOTTOM = TOP + HEIGHT;
    public static final int LINES = 22;
    public static final int CHARS = 28;
    /** 225 mm / 22 lines: 28.99 pt, the pitch that makes 22 lines fill the type area exactly. */
    public static final float LINE = HEIGHT / LINES;
    /** 156 mm / 28 characters: 15.79 pt, a 16 pt glyph with a little negative tracking. */
    public static final float CHAR = WIDTH / CHARS;
    /** 三号. */
    public static final float BODY_SIZE = 16;
    /** 二号. */
    public static final float TITLE_SIZE = 22;
    /** 四号: page numbers and the 版记. */
    public static final float SMALL_SIZE = 14;
    /**
     * Share of the em box above the baseline for CJK faces (ideographic em box: 0.88 up, 0.12 down); the top of
     * a line's em box sits on the line's top.
     */
    public static final float ASCENT = 0.88f;

    private Grid() {
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * PT_PER_MM);
    }

    public static float toMm(double points) {
        return (float) (points / PT_PER_MM);
    }

    /** Top of grid line {@code index} (0-based) inside the type area. */
    public static float lineTop(int index) {
        return TOP + index * LINE;
    }
}
