package org.incidentdesk.service.roster.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer: comma-separated fields, fields in double quotes may hold commas, line
 * breaks and doubled quotes; records end with CRLF, LF or a lone CR. Reading is lenient where spreadsheet
 * programs are sloppy (a quote in the middle of an unquoted field is kept as a character).
 */
public final class Csv {
    private static final char QUOTE = '"';
    private static final char COMMA = ',';
    private static final String RECORD_END = "\r\n";

    private Csv() {
    }

    /** Thrown when a quoted field is still open at the end of the text. */
    public static final class UnclosedQuoteException extends RuntimeException {
        private final int recordNumber;

        UnclosedQuoteException(int recordNumber) {
            super("quoted field opened in record " + recordNumber + " is not closed");
            this.recordNumber = recordNumber;
        }

        /** 1-based number of the record in which the open quote starts. */
        public int recordNumber() {
            return recordNumber;
        }
    }

    /**
     * Splits {@code text} into records. A blank line is kept as a record with one empty field, so the index of
     * a record plus one is the row a spreadsheet program shows it on; a final line break adds no record.
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean fieldStarted = false;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == QUOTE && i + 1 < length && text.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i += 2;
                    continue;
                }
                if (c == QUOTE) {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == QUOTE && !fieldStarted) {
                inQuotes = true;
                fieldStarted = true;
            } else if (c == COMMA) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                records.add(List.copyOf(fields));
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (inQuotes) {
            throw new UnclosedQuoteException(records.size() + 1);
        }
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
        }
        return records;
    }

    /** Appends one record and its CRLF, quoting the fields that need it. */
    static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(COMMA);
            }
            appendField(out, fields.get(i));
        }
        out.append(RECORD_END);
    }

    private static void appendField(StringBuilder out, String value) {
        String text = value == null ? "" : value;
        boolean needsQuotes = text.indexOf(COMMA) >= 0 || text.indexOf(QUOTE) >= 0
                || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
        if (!needsQuotes) {
            out.append(text);
            return;
        }
        out.append(QUOTE).append(text.replace("\"", "\"\"")).append(QUOTE);
    }
}
