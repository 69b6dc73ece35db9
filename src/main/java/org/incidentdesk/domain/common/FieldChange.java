package org.incidentdesk.domain.common;

/** One field an audited change touched: its value before and after (null where there was none). */
public record FieldChange(String field, String before, String after) {
    /** A field given a value where it had none (a new record, or a value only known after). */
    public static FieldChange set(String field, String after) {
        return new FieldChange(field, null, after);
    }
}
