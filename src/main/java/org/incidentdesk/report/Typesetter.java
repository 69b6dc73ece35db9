package org.incidentdesk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures text and splits it into runs of one face: a character the role's face lacks is set in the fallback
 * face (for CJK Extension B and beyond, then in the rare-Han face), and one none has becomes 〓 (the typesetter's mark for a missing character) rather than an empty box.
 */
final class Typesetter {
    static final int MISSING = 0x3013;
    /** CJK Extension B starts here; from here on a character UMing lacks is looked up in the rare-Han face. */
    private static final int RARE_HAN_FROM = 0x20000;
    private final FontLibrary library;

    Typesetter(FontLibrary library) {
        this.library = library;
    }

    record Run(FontFace face, String text, float width) {
    }

    FontLibrary library() {
        return library;
    }

    /** Advance of one character in points, without spacing. */
    float advance(FontRole role, int codePoint, float size) {
        return faceFor(role, codePoint).width(printable(role, codePoint)) * size / 1000f;
    }

    /** Width of {@code text} with {@code spacing} after every character. */
    float width(FontRole role, String text, float size, float spacing) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += advance(role, cp, size) + spacing;
            i += Character.charCount(cp);
        }
        return width;
    }

    List<Run> runs(FontRole role, String text, float size, float spacing) {
        List<Run> runs = new ArrayList<>();
        FontFace current = null;
        StringBuilder chunk = new StringBuilder();
        float chunkWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontFace face = faceFor(role, cp);
            int shown = printable(role, cp);
            if (current != null && face != current) {
                runs.add(new Run(current, chunk.toString(), chunkWidth));
                chunk.setLength(0);
                chunkWidth = 0;
            }
            current = face;
            chunk.appendCodePoint(shown);
            chunkWidth += face.width(shown) * size / 1000f + spacing;
        }
        if (current != null && !chunk.isEmpty()) {
            runs.add(new Run(current, chunk.toString(), chunkWidth));
        }
        return runs;
    }

    private FontFace faceFor(FontRole role, int codePoint) {
        FontFace face = library.face(role);
        if (face.has(codePoint)) {
            return face;
        }
        FontFace fallback = library.fallback();
        if (fallback.has(codePoint)) {
            return fallback;
        }
        if (codePoint >= RARE_HAN_FROM) {
            FontFace rare = library.rareHanFallback();
            if (rare.has(codePoint)) {
                return rare;
            }
        }
        return fallback.has(MISSING) ? fallback : face;
    }

    private int printable(FontRole role, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return ' ';
        }
        FontFace face = faceFor(role, codePoint);
        return face.has(codePoint) ? codePoint : MISSING;
    }
}
