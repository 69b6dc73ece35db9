package org.incidentdesk.service.plan.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/**
 * What a syntax error in a plan document means, in words a clerk can act on instead of the parser's own English:
 * the message key of the kind of mistake. The parser's text is only looked at, never shown.
 */
final class SyntaxErrors {
    static final String INDENT = "plan.invalid.syntax.indent";
    static final String TAB = "plan.invalid.syntax.tab";
    static final String QUOTE = "plan.invalid.syntax.quote";
    static final String BRACKET = "plan.invalid.syntax.bracket";
    static final String NESTING = "plan.invalid.syntax.nesting";
    static final String GENERAL = "plan.invalid.syntax";

    private SyntaxErrors() {
    }

    static String keyOf(JsonProcessingException e) {
        return e instanceof StreamConstraintsException ? NESTING : keyOf(e.getMessage());
    }

    /** The key for a parser's message (SnakeYAML's own limits come unwrapped, as text only). */
    static String keyOf(String message) {
        String text = String.valueOf(message).toLowerCase(Locale.ROOT);
        if (text.contains("nesting depth")) {
            return NESTING;
        }
        if (text.contains("'\\t'") || text.contains("\\t(tab)") || text.contains("tab")) {
            return TAB;
        }
        if (text.contains("quoted scalar") || text.contains("unexpected end-of-input in string")
                || text.contains("unexpected end-of-input: was expecting closing quote")) {
            return QUOTE;
        }
        if (text.contains("flow sequence") || text.contains("flow mapping") || text.contains("close marker")
                || text.contains("expected ',' or ']'") || text.contains("expected ',' or '}'")
                || text.contains("unexpected end-of-input")) {
            return BRACKET;
        }
        if (text.contains("mapping values are not allowed") || text.contains("block end")
                || text.contains("block mapping") || text.contains("expected ':'") || text.contains("expected key")
                || text.contains("block collection") || text.contains("simple key")) {
            return INDENT;
        }
        return GENERAL;
    }
}
