package org.incidentdesk.domain.plan;

/**
 * Where an element of a plan comes from. Most elements are taken from the plan's own text; where the plan is
 * silent the built-in template fills the gap with a sensible default, marked {@code defaulted} and explained
 * in {@code note} so an office knows what to check. A note may also explain an element taken from the text.
 */
public record Origin(boolean defaulted, String note) {
    public static final Origin PLAN_TEXT = new Origin(false, null);

    public static Origin noted(String note) {
        return new Origin(false, note);
    }

    public Origin {
        note = note == null || note.isBlank() ? null : note;
    }
}
