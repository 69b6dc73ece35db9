package org.incidentdesk.service.plan.format;

import java.util.List;
import java.util.Map;

/**
 * A plan document read into a small tree whose nodes remember the line they start on, so every problem found
 * while mapping or checking can name its line.
 */
sealed interface DocNode {
    int line();

    /** A text, number, true/false or empty value; {@code text} is the value as written. */
    record Scalar(int line, String text, ScalarKind kind) implements DocNode {
        boolean isNull() {
            return kind == ScalarKind.NULL;
        }
    }

    /** A mapping, keys in document order. */
    record Mapping(int line, Map<String, Field> fields) implements DocNode {
    }

    record Sequence(int line, List<DocNode> items) implements DocNode {
    }

    /** One key of a mapping with the line the key is on. */
    record Field(String key, int keyLine, DocNode value) {
    }

    enum ScalarKind {
        TEXT, INTEGER, DECIMAL, BOOLEAN, NULL
    }
}
