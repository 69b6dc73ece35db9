package org.incidentdesk.domain.incident;

/** Small text helpers for the incident records. */
final class Text {
    private Text() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
