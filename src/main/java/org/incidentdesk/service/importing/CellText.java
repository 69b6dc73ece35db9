package org.incidentdesk.service.importing;

import org.incidentdesk.domain.common.TypedText;

import java.text.Normalizer;

/**
 * The text of an imported cell as every importer stores it, and the checks on it. On the way in the text is put
 * in Unicode NFC (so a name typed with combining marks equals the same name typed precomposed); zero-width
 * characters, soft hyphens and byte-order marks are <em>removed</em> (they are invisible leftovers of copying
 * from web pages and Word, and would otherwise make look-alike names and units); no-break and other fixed-width
 * spaces become an ordinary space; CR LF and lone CR become LF. Control characters are <em>refused</em> (see
 * {@link #firstForbidden}): they mean a damaged or hostile file, and silently dropping them would change data.
 */
public final class CellText {
    private static final int CUT = 40;

    private CellText() {
    }

    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isFixedSpace(c)) {
                out.append(' ');
            } else if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        String text = out.toString();
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The first character a cell may not hold, as its code point, or -1 when there is none: C0 and C1 control
     * characters (escape sequences among them), a surrogate without its pair, U+FFFE and U+FFFF; tab and line
     * feed only where the field may span lines ({@code multiLine}).
     */
    public static int firstForbidden(String text, boolean multiLine) {
        return TypedText.firstControl(text, multiLine);
    }

    /** "U+0007", as a message names a character that cannot be shown. */
    public static String codePointName(int codePoint) {
        return TypedText.codePointName(codePoint);
    }

    /** The length a user counts: characters (code points), so 𠮷 is one, not two. */
    public static int length(String text) {
        return TypedText.length(text);
    }

    /**
     * The text to quote in a message: control and format characters (escape sequences that could retitle or
     * clear a terminal, bidirectional overrides) shown as "?", cut after 40 characters with "…".
     */
    public static String forMessage(String text) {
        return forMessage(text, CUT);
    }

    /** {@link #forMessage(String)} with another length. */
    public static String forMessage(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count == maxLength) {
                out.append('…');
                break;
            }
            int type = Character.getType(cp);
            boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            out.appendCodePoint(unsafe ? '?' : cp);
            count++;
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isFixedSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
