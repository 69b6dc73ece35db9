package org.incidentdesk.service.roster.io;

/**
 * Keeps spreadsheet programs from reading an exported cell as a formula (CSV injection): a cell that starts with
 * {@code =} or {@code @}, or with {@code +} or {@code -} followed by something other than a digit, is written with
 * a leading {@code '}. Phone numbers such as {@code +86 571 8888 6666} stay as they are. The import takes the
 * {@code '} off again, so an exported file imports back unchanged.
 */
final class FormulaGuard {
    private static final char MARK = '\'';

    private FormulaGuard() {
    }

    /** The text to write into a cell for {@code value}. */
    static String guard(String value) {
        return looksLikeFormula(value) || isGuarded(value) ? MARK + value : value;
    }

    /** The value an exported cell stands for: {@link #guard} undone. */
    static String unguard(String cell) {
        return isGuarded(cell) ? cell.substring(1) : cell;
    }

    /**
     * A {@code '} in front of something {@link #guard} would mark. A value that itself starts that way (a typed
     * {@code '=x}) is marked once more, so taking one mark off always gives back the value.
     */
    private static boolean isGuarded(String cell) {
        if (cell.isEmpty() || cell.charAt(0) != MARK) {
            return false;
        }
        String rest = cell.substring(1);
        return looksLikeFormula(rest) || isGuarded(rest);
    }

    private static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        return (first == '+' || first == '-') && value.length() > 1 && !Character.isDigit(value.charAt(1));
    }
}
