package org.incidentdesk.service.importing;

/** Spreadsheet column letters (A, B, …, Z, AA, …), as the user sees them. */
public final class ColumnLetters {
    private ColumnLetters() {
    }

    public static String of(int zeroBasedIndex) {
        StringBuilder letters = new StringBuilder();
        for (int n = zeroBasedIndex + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
