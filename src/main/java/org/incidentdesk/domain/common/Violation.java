package org.incidentdesk.domain.common;

import java.util.List;

/**
 * One thing wrong with an input: which field, and a message key (with arguments) that the UI and the
 * command line translate into the user's language.
 */
public record Violation(String field, String messageKey, List<Object> args) {
    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
