package org.incidentdesk.service.importing.xlsx;

/**
 * The {@code _xHHHH_} escapes with which Excel writes characters XML cannot hold (a CR as {@code _x000D_}) and
 * an underscore that would otherwise start one ({@code _x005F_}).
 */
public final class XlsxText {
    private XlsxText() {
    }

    public static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (isEscapeAt(text, i)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The text to write so that {@link #decode} gives it back: an underscore that starts an escape is escaped. */
    public static String encode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            if (isEscapeAt(text, i)) {
                out.append("_x005F_");
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isEscapeAt(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
