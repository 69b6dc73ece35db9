package org.incidentdesk.service.plan.format;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.PlanEnums;
import org.incidentdesk.domain.plan.WarningColour;

/**
 * Typed access to the fields of one mapping in a plan document, by hand rather than by data binding so each
 * wrong value becomes a problem naming its field path while reading goes on. {@link #finish()} reports the
 * fields that were never asked for: usually a misspelt key.
 */
final class Fields {
    private final DocNode.Mapping node;
    private final String path;
    private final Problems problems;
    private final Set<String> asked = new HashSet<>();

    Fields(DocNode.Mapping node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Stands in for a list item that is not a mapping, so later items keep their index. */
    static Fields empty(int line, String path, Problems problems) {
        return new Fields(new DocNode.Mapping(line, Map.of()), path, problems);
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return value(key) != null;
    }

    /** The value of {@code key}, or null when the key is absent or written without a value. */
    DocNode value(String key) {
        asked.add(key);
        DocNode.Field field = node.fields().get(key);
        if (field == null || field.value() instanceof DocNode.Scalar s && s.isNull()) {
            return null;
        }
        return field.value();
    }

    String text(String key) {
        DocNode value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof DocNode.Scalar scalar) {
            return scalar.text();
        }
        problems.add(pathOf(key), "plan.invalid.expectedText");
        return null;
    }

    /** An integer that must be present; 0 (with a problem) when it is not. */
    int requiredInt(String key) {
        Long number = number(key);
        if (number == null) {
            if (value(key) == null) {
                problems.add(pathOf(key), "plan.invalid.required");
            }
            return 0;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            problems.add(pathOf(key), "plan.invalid.expectedInteger", String.valueOf(number));
            return 0;
        }
        return number.intValue();
    }

    int intOr(String key, int fallback) {
        return value(key) == null ? fallback : requiredInt(key);
    }

    /** A whole number, or null when absent or not a whole number (then with a problem). */
    Long number(String key) {
        DocNode value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.ScalarKind.INTEGER) {
            try {
                return Long.parseLong(scalar.text().replace("_", ""));
            } catch (NumberFormatException e) {
                // too large for a long: reported below like any other non-integer
            }
        }
        problems.add(pathOf(key), "plan.invalid.expectedInteger", shown(value));
        return null;
    }

    boolean flag(String key) {
        DocNode value = value(key);
        if (value == null) {
            return false;
        }
        if (value instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.ScalarKind.BOOLEAN) {
            String text = scalar.text().toLowerCase(Locale.ROOT);
            return text.equals("true") || text.equals("yes") || text.equals("on") || text.equals("y");
        }
        problems.add(pathOf(key), "plan.invalid.expectedBoolean", shown(value));
        return false;
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        var parsed = PlanEnums.parse(type, text.strip());
        if (parsed.isEmpty()) {
            String messageKey = type == WarningColour.class ? "plan.invalid.colour" : "plan.invalid.choice";
            problems.add(pathOf(key), messageKey, text, PlanEnums.allowed(type));
            return null;
        }
        return parsed.get();
    }

    Duration duration(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(pathOf(key), "plan.invalid.duration", text);
            return null;
        }
    }

    List<String> texts(String key) {
        List<String> texts = items(key, (item, itemPath) -> {
            if (item instanceof DocNode.Scalar scalar && !scalar.isNull()) {
                return scalar.text();
            }
            problems.add(itemPath, "plan.invalid.expectedText");
            return null;
        });
        return texts.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Maps each item, which must be a mapping, with {@code mapper}. */
    <T> List<T> list(String key, Function<Fields, T> mapper) {
        return items(key, (item, itemPath) -> {
            if (item instanceof DocNode.Mapping mapping) {
                return mapper.apply(new Fields(mapping, itemPath, problems));
            }
            problems.add(itemPath, "plan.invalid.expectedMapping");
            return mapper.apply(empty(item.line(), itemPath, problems));
        });
    }

    /** Maps each item, of any shape, with {@code mapper}, which is given the item and its path. */
    <T> List<T> items(String key, ItemMapper<T> mapper) {
        DocNode value = value(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof DocNode.Sequence sequence)) {
            problems.add(pathOf(key), "plan.invalid.expectedList");
            return List.of();
        }
        List<T> mapped = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            mapped.add(mapper.map(sequence.items().get(i), pathOf(key) + "[" + i + "]"));
        }
        return mapped;
    }

    /** The nested mapping under {@code key}, or null when absent (or not a mapping, with a problem). */
    Fields object(String key) {
        DocNode value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof DocNode.Mapping mapping) {
            return new Fields(mapping, pathOf(key), problems);
        }
        problems.add(pathOf(key), "plan.invalid.expectedMapping");
        return null;
    }

    /** The {@code default}/{@code note} pair every element may carry. */
    Origin origin() {
        boolean defaulted = flag("default");
        String note = text("note");
        return new Origin(defaulted, note);
    }

    /** Reports every field that was present but never read. */
    void finish() {
        for (String key : node.fields().keySet()) {
            if (!asked.contains(key)) {
                problems.add(pathOf(key), "plan.invalid.unknownField", key);
            }
        }
    }

    Problems problems() {
        return problems;
    }

    private static String shown(DocNode value) {
        return value instanceof DocNode.Scalar scalar ? String.valueOf(scalar.text()) : "…";
    }

    @FunctionalInterface
    interface ItemMapper<T> {
        T map(DocNode item, String itemPath);
    }
}
