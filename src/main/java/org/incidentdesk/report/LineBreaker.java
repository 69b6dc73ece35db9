package org.incidentdesk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines of the type area's width with the usual Chinese rules: closing punctuation never
 * starts a line (it is squeezed onto the line before), opening punctuation never ends one, and a run of Latin
 * letters or digits is not split. Lines other than the last are justified to fill the width (撑满版心).
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
            if (x + advance > width + 0.01f && i > start) {
                return breakPoint(units, start, i);
            }
            x += advance + spacing;
            i++;
        }
        return i;
    }

    private static int breakPoint(List<int[]> units, int start, int overflow) {
        int cp = units.get(overflow)[0];
        if (NO_LINE_START.indexOf(cp) >= 0) {
            return overflow + 1; // squeeze the closing mark onto this line
        }
        if (NO_LINE_END.indexOf(units.get(overflow - 1)[0]) >= 0 && overflow - 1 > start) {
            return overflow - 1;
        }
        if (units.get(overflow)[1] == 1 && units.get(overflow - 1)[1] == 1) {
            int blankStart = overflow - 1;
            while (blankStart > start && units.get(blankStart - 1)[1] == 1) {
                blankStart--;
            }
            if (blankStart > start) {
                return blankStart; // a field to fill in by hand stays whole
            }
        }
        if (isWordChar(cp) && isWordChar(units.get(overflow - 1)[0])) {
            int wordStart = overflow - 1;
            while (wordStart > start && isWordChar(units.get(wordStart - 1)[0])) {
                wordStart--;
            }
            if (wordStart > start) {
                return wordStart;
            }
        }
        return overflow;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '@' || cp == '/');
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
