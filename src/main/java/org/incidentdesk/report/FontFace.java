package org.incidentdesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/** One parsed TrueType face: which characters it has and how wide they are (in 1/1000 em). */
final class FontFace {
    private final String name;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final Map<Integer, Float> widths = new ConcurrentHashMap<>();

    FontFace(String name, TrueTypeFont font) throws IOException {
        this.name = name;
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
    }

    String name() {
        return name;
    }

    TrueTypeFont font() {
        return font;
    }

    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Advance width in thousandths of an em; a character the face lacks counts as one em. */
    float width(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> {
            int glyph = cmap.getGlyphId(cp);
            if (glyph <= 0) {
                return 1000f;
            }
            try {
                return font.getAdvanceWidth(glyph) * 1000f / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
