package org.incidentdesk.service.drill;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentdesk.domain.common.TypedText;
import org.incidentdesk.service.importing.CellText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.common.Messages;

/**
 * A drill scenario (演练脚本): the plan template it runs, the simulated start, and the steps, each at a time
 * relative to the start (an ISO-8601 duration, {@code PT2H30M}) or absolute (an ISO date-time with offset).
 * Steps must not go back in time. Verbs are checked when the step runs, so the run stops at the first bad step
 * with everything before it done.
 */
public record DrillScenario(String planId, OffsetDateTime start, List<DrillStep> steps) {
    public static final Set<String> VERBS = Set.of("new-incident", "assess", "report", "respond", "forward",
            "answer", "acknowledge", "done", "issue-warning", "lift-warning", "metrics", "close");
    /** A scenario is a page or two of YAML; far larger is not a scenario, and YAML parsers slow down on it. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Longer lines are refused before parsing: one long scalar makes the YAML scanner slower than linear. */
    static final int MAX_LINE = 4_000;
    /** Simulated time stays within years a drill can mean (and the database can store). */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public DrillScenario {
        steps = List.copyOf(steps);
    }

    public static DrillScenario parse(String text, Messages messages) {
        checkSize(text, messages);
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            String message = firstLine(String.valueOf(e.getMessage()));
            Matcher duplicate = DUPLICATE.matcher(message);
            if (duplicate.find()) {
                int line = e instanceof JsonProcessingException p && p.getLocation() != null ? p.getLocation().getLineNr() : 0;
                throw new DrillException(0, messages.get("drill.error.duplicateKey",
                        CellText.forMessage(duplicate.group(1)), line));
            }
            throw new DrillException(0, messages.get("drill.error.yaml", CellText.forMessage(message, 200)));
        }
        if (root == null || !root.isObject()) {
            throw new DrillException(0, messages.get("drill.error.notMapping"));
        }
        checkControls(root, 0, messages);
        String plan = text(root, "plan").orElseThrow(() -> new DrillException(0,
                messages.get("drill.error.missing", "plan")));
        String startText = text(root, "start").orElseThrow(() -> new DrillException(0,
                messages.get("drill.error.missing", "start")));
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(startText);
        } catch (DateTimeParseException e) {
            throw new DrillException(0, messages.get("drill.error.time", "start", CellText.forMessage(startText)));
        }
        if (!withinRange(start.toInstant())) {
            throw new DrillException(0, messages.get("drill.error.range", "start", CellText.forMessage(startText)));
        }
        JsonNode stepNodes = root.path("steps");
        if (!stepNodes.isArray()) {
            throw new DrillException(0, messages.get("drill.error.missing", "steps"));
        }
        List<DrillStep> steps = new ArrayList<>();
        Instant previous = start.toInstant();
        int number = 0;
        for (JsonNode node : stepNodes) {
            number++;
            checkControls(node, number, messages);
            DrillStep step = step(number, node, start, messages);
            if (step.at().isBefore(previous)) {
                throw new DrillException(number, messages.get("drill.error.backwards", node.path("at").asText()));
            }
            previous = step.at();
            steps.add(step);
        }
        return new DrillScenario(plan, start, steps);
    }

    private static DrillStep step(int number, JsonNode node, OffsetDateTime start, Messages messages) {
        if (!node.isObject()) {
            throw new DrillException(number, messages.get("drill.error.stepShape"));
        }
        String atText = text(node, "at").orElseThrow(() -> new DrillException(number,
                messages.get("drill.error.missing", "at")));
        Instant at = time(atText, start.toInstant(), start).orElseThrow(() -> new DrillException(number,
                messages.get("drill.error.time", "at", CellText.forMessage(atText))));
        if (!withinRange(at)) {
            throw new DrillException(number, messages.get("drill.error.range", "at", CellText.forMessage(atText)));
        }
        List<String> verbs = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!name.equals("at")) {
                verbs.add(name);
            }
        });
        if (verbs.size() != 1) {
            throw new DrillException(number, messages.get("drill.error.stepShape"));
        }
        String verb = verbs.getFirst();
        Map<String, String> args = new LinkedHashMap<>();
        JsonNode argNode = node.get(verb);
        if (argNode.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = argNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                args.put(field.getKey(), field.getValue().asText());
            }
        } else if (!argNode.isNull()) {
            throw new DrillException(number, messages.get("drill.error.args", verb));
        }
        return new DrillStep(number, at, verb, args);
    }

    /**
     * A time as a scenario writes it: an ISO-8601 duration relative to {@code base} ({@code -PT40M}) or an
     * absolute date-time with offset (a local date-time is in the start's offset).
     */
    static Optional<Instant> time(String text, Instant base, OffsetDateTime start) {
        String t = text.strip();
        try {
            if (t.startsWith("P") || t.startsWith("-P") || t.startsWith("+P")) {
                return Optional.of(base.plus(Duration.parse(t)));
            }
            try {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.of(java.time.LocalDateTime.parse(t).atOffset(start.getOffset()).toInstant());
            }
        } catch (DateTimeException | ArithmeticException e) { // unreadable, or beyond what time can hold
            return Optional.empty();
        }
    }

    private static boolean withinRange(Instant at) {
        return !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
    }

    /** The size limit and the line length are checked on the text before any YAML is parsed. */
    private static void checkSize(String text, Messages messages) {
        if (text.length() > MAX_BYTES) {
            throw new DrillException(0, messages.get("drill.error.tooLarge", MAX_BYTES / 1024));
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > MAX_LINE) {
                    throw new DrillException(0, messages.get("drill.error.longLine", line, MAX_LINE));
                }
                line++;
                lineStart = i + 1;
            }
        }
    }

    /**
     * Names and values may not hold control characters (an ESC in an incident's code would reach the terminal
     * when the timeline is printed); tab and line feed are allowed in values, which may span lines.
     */
    private static void checkControls(JsonNode node, int step, Messages messages) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                int control = TypedText.firstControl(field.getKey(), false);
                if (control >= 0) {
                    throw new DrillException(step, messages.get("drill.error.control",
                            CellText.forMessage(field.getKey()), TypedText.codePointName(control)));
                }
                if (!field.getValue().isContainerNode() || step > 0) {
                    checkValue(field.getKey(), field.getValue(), step, messages);
                }
            }
        }
    }

    private static void checkValue(String name, JsonNode value, int step, Messages messages) {
        if (value.isContainerNode()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                checkValue(field.getKey(), field.getValue(), step, messages);
            }
            for (JsonNode element : value) {
                checkValue(name, element, step, messages);
            }
            return;
        }
        int control = TypedText.firstControl(name, false);
        if (control < 0) {
            control = TypedText.firstControl(value.asText(), true);
        }
        if (control >= 0) {
            throw new DrillException(step, messages.get("drill.error.control", CellText.forMessage(name),
                    TypedText.codePointName(control)));
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText().strip());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
