package org.incidentdesk.service.importing.xlsx;

/** A cell reference such as {@code C12}: 0-based column, 1-based row; nothing longer than XFD1048576 is accepted. */
record CellRef(int column, int row) {
    private static final int MAX_LETTERS = 3;
    private static final int MAX_DIGITS = 7;

    /** The reference, or null when it is not one (no letters, too many, lower case, no row, a huge row). */
    static CellRef parse(String text) {
        if (text == null) {
            return null;
        }
        int letters = 0;
        while (letters < text.length() && text.charAt(letters) >= 'A' && text.charAt(letters) <= 'Z') {
            letters++;
        }
        if (letters == 0 || letters > MAX_LETTERS) {
            return null;
        }
        int row = positiveNumber(text.substring(letters));
        if (row <= 0) {
            return null;
        }
        int column = 0;
        for (int i = 0; i < letters; i++) {
            column = column * 26 + (text.charAt(i) - 'A' + 1);
        }
        return new CellRef(column - 1, row);
    }

    /** An index into a table of the workbook: 0 or more, at most nine digits; -1 when it is none. */
    static int index(String text) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    /** A positive number of at most seven digits, or -1. */
    static int positiveNumber(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        int n = Integer.parseInt(text);
        return n > 0 ? n : -1;
    }
}
