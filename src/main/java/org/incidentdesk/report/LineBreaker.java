package org.incidentdesk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines of the type area's width with the usual Chinese rules (禁则): closing punctuation
 * never starts a line (one mark is squeezed onto the line before, two or more take the character before them to
 * the next line), opening punctuation never ends one, and a run of Latin letters or digits is not split. Lines
 * other than the last are justified to fill the width (撑满版心).
 */
final class LineBreaker {
    private static final String NO_LINE_START = "，。、；：？！）》」』”’…—％,.;:?!)]%·";
    private static final String NO_LINE_END = "（《「『“‘([";

    /** A laid-out line: its pieces with their x offsets from the line's start, and the spacing used. */
    record Line(List<Piece> pieces, float spacing, float width) {
    }

    record Piece(String text, boolean blank, float x) {
    }

    private final Typesetter typesetter;

    LineBreaker(Typesetter typesetter) {
        this.typesetter = typesetter;
    }

    /**
     * @param firstIndent space before the first line, in points
     * @param spacing     tracking for this size (so 28 characters fill the width at 三号)
     * @param justify     fill the width on every line but the last
     */
    List<Line> lines(List<Span> spans, FontRole role, float size, float width, float firstIndent, float spacing,
                     boolean justify) {
        List<int[]> units = new ArrayList<>(); // {codePoint, blank}
        for (Span span : spans) {
            String text = span.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n' || cp == '\r') {
                    continue;
                }
                units.add(new int[] {cp, span.toFill() ? 1 : 0});
            }
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        float indent = firstIndent;
        while (start < units.size()) {
            int end = fit(units, start, role, size, width - indent, spacing);
            boolean last = end >= units.size();
            lines.add(layoutLine(units.subList(start, end), role, size, width - indent, spacing, justify && !last, indent));
            start = end;
            indent = 0;
        }
        return lines;
    }

    private int fit(List<int[]> units, int start, FontRole role, float size, float width, float spacing) {
        float x = 0;
        int i = start;
        while (i < units.size()) {
            float advance = typesetter.advance(role, units.get(i)[0], size);
            // negative tracking is taken after the last character too: 28 characters of 三号 fill 156 mm only so
            if (x + advance + Math.min(spacing, 0) > width + 0.01f && i > start) {
                return breakPoint(units, start, i);
            }
            x += advance + spacing;
            i++;
        }
        return i;
    }

    /**
     * Where the line that overflows at {@code overflow} ends (the index of the next line's first unit). One closing
     * mark is squeezed onto the line when the next line then starts well; otherwise the break moves back to the
     * nearest place where no rule is broken: no closing mark starts the next line, no opening mark ends this one, a
     * field to fill in stays whole, and a Latin word or number is not split. A run that has no such place (a word
     * longer than the line) is cut at the overflow.
     */
    static int breakPoint(List<int[]> units, int start, int overflow) {
        if (NO_LINE_START.indexOf(units.get(overflow)[0]) >= 0
                && (overflow + 1 == units.size() || mayBreakBefore(units, overflow + 1))) {
            return overflow + 1;
        }
        for (int at = overflow; at > start; at--) {
            if (mayBreakBefore(units, at)) {
                return at;
            }
        }
        return overflow;
    }

    /** True when a line may end before unit {@code at} (and the next line start with it). */
    private static boolean mayBreakBefore(List<int[]> units, int at) {
        int before = units.get(at - 1)[0];
        int after = units.get(at)[0];
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        if (units.get(at)[1] == 1 && units.get(at - 1)[1] == 1) {
            return false; // a field to fill in by hand stays whole
        }
        return !(isWordChar(after) && isWordChar(before));
    }

    /** Letters, digits and the marks inside a Latin word, an address or a time of day (10:40 stays whole). */
    private static boolean isWordChar(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '@' || cp == '/' || cp == ':');
    }

    private Line layoutLine(List<int[]> units, FontRole role, float size, float width, float spacing,
                            boolean justify, float indent) {
        float natural = 0;
        for (int[] unit : units) {
            natural += typesetter.advance(role, unit[0], size);
        }
        float lineSpacing = spacing;
        if (units.size() > 1) {
            float withSpacing = natural + spacing * (units.size() - 1);
            if (justify || withSpacing > width) {
                lineSpacing = (width - natural) / (units.size() - 1);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean blank = units.isEmpty() || units.get(0)[1] == 1;
        float pieceX = indent;
        float x = indent;
        for (int[] unit : units) {
            boolean unitBlank = unit[1] == 1;
            if (unitBlank != blank && !text.isEmpty()) {
                pieces.add(new Piece(text.toString(), blank, pieceX));
                text.setLength(0);
                pieceX = x;
            }
            blank = unitBlank;
            text.appendCodePoint(unit[0]);
            x += typesetter.advance(role, unit[0], size) + lineSpacing;
        }
        if (!text.isEmpty()) {
            pieces.add(new Piece(text.toString(), blank, pieceX));
        }
        return new Line(pieces, lineSpacing, x - lineSpacing);
    }
}
