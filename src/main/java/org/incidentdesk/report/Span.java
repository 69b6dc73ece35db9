package org.incidentdesk.report;

/**
 * A piece of paragraph text. A blank is a field the data did not supply: it prints as an underlined gap marked
 * （待填） so it can be completed by hand.
 */
public record Span(String text, boolean toFill) {
    public static final String BLANK_MARK = "（待填）";

    public Span {
        text = text == null ? "" : text;
    }

    public static Span text(String text) {
        return new Span(text, false);
    }

    public static Span blank() {
        return new Span("\u3000\u3000\u3000" + BLANK_MARK, true);
    }

    /** The value, or a blank when it is missing. */
    public static Span valueOrBlank(String value) {
        return value == null || value.isBlank() ? blank() : text(value);
    }
}
