package org.incidentdesk.service.importing;

/**
 * Keeps spreadsheet programs from reading an exported cell as a formula (CSV injection), as the OWASP advice
 * says: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with a leading {@code '}, whatever follows ({@code +1+cmd|' /C calc'!A0} is a formula too). A phone number such
 * as {@code +86 138 0000 1234} is therefore exported as {@code '+86 138 0000 1234}, which a spreadsheet shows as
 * the number typed; the import takes the {@code '} off again, so an exported file imports back unchanged.
 */
public final class FormulaGuard {
    private static final char MARK = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** The text to write into a cell for {@code value}. */
    public static String guard(String value) {
        return looksLikeFormula(value) || isGuarded(value) ? MARK + value : value;
    }

    /** The value an exported cell stands for: {@link #guard} undone. */
    public static String unguard(String cell) {
        return isGuarded(cell) ? cell.substring(1) : cell;
    }

    /**
     * A {@code '} in front of something {@link #guard} would mark. A value that itself starts that way (a typed
     * {@code '=x}) is marked once more, so taking one mark off always gives back the value.
     */
    private static boolean isGuarded(String cell) {
        int marks = 0;
        while (marks < cell.length() && cell.charAt(marks) == MARK) {
            marks++;
        }
        return marks > 0 && looksLikeFormula(cell.substring(marks));
    }

    private static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }
}
