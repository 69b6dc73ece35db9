package org.incidentdesk.domain.common;

import java.util.List;

/**
 * The checks every typed or imported text gets before it is stored, wherever it came from (the window, the command
 * line, a drill, an import): its length in characters as a person counts them (code points: 𠮷 is one, not two
 * UTF-16 units), and no character that would act instead of print. Control characters (C0 and C1: ESC starts a
 * terminal escape sequence, BEL rings) are refused everywhere, tab and line feed only where the field spans lines.
 * Fields printed on official forms (titles, scopes, the office's names) also refuse format characters (U+202E
 * reverses the text, zero-width characters hide) and pictographs such as emoji, which the official fonts have no
 * glyph for: they would print as empty boxes.
 */
public final class TypedText {
    private TypedText() {
    }

    /** The length a person counts: characters (code points). */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * The first code point a stored text may not hold, or -1: C0 and C1 control characters (tab and line feed
     * allowed when {@code multiLine}), a surrogate without its pair, U+FFFE and U+FFFF.
     */
    public static int firstControl(String text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return c;
            }
            boolean allowedBreak = multiLine && (c == '\n' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                return c;
            }
        }
        return -1;
    }

    /** "U+0007", as a message names a character that cannot be shown. */
    public static String codePointName(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /**
     * A free text of at most {@code max} characters: a control character or too many characters are a problem.
     * {@code required} adds one for a blank text.
     */
    public static void check(String field, String text, int max, boolean required, boolean multiLine,
                             List<Violation> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(Violation.of(field, "validation.required"));
            }
            return;
        }
        int control = firstControl(text, multiLine);
        if (control >= 0) {
            problems.add(Violation.of(field, "validation.controlChar", codePointName(control)));
        } else if (length(text.strip()) > max) {
            problems.add(Violation.of(field, "validation.tooLong", max));
        }
    }

    /**
     * A one-line text printed on official forms: as {@link #check} (required, one line), and no format character
     * or pictograph, so what prints is what was typed.
     */
    public static void checkPrinted(String field, String text, int max, List<Violation> problems) {
        int before = problems.size();
        check(field, text, max, true, false, problems);
        if (problems.size() > before) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                problems.add(Violation.of(field, "validation.invisibleChar", codePointName(cp)));
                return;
            }
            if (isPictograph(cp)) {
                problems.add(Violation.of(field, "validation.noGlyph", new String(Character.toChars(cp)),
                        codePointName(cp)));
                return;
            }
        }
    }

    /**
     * Emoji and other pictographs (the symbol blocks beyond the first plane, and the emoji presentation selector):
     * the office's Song, Hei, Kai and FangSong fonts draw none of them. Symbols of the first plane that Chinese
     * fonts do carry (☎ ★ ※) are not among them.
     */
    static boolean isPictograph(int cp) {
        return cp == 0xFE0F
                || cp >= 0x1F000 && cp <= 0x1FAFF && Character.getType(cp) == Character.OTHER_SYMBOL
                || cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
