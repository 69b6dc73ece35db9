package org.incidentdesk.service.drill;

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
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public DrillScenario {
        steps = List.copyOf(steps);
    }

    public static DrillScenario parse(String text, Messages messages) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new DrillException(0, messages.get("drill.error.yaml", firstLine(String.valueOf(e.getMessage()))));
        }
        if (root == null || !root.isObject()) {
            throw new DrillException(0, messages.get("drill.error.notMapping"));
        }
        String plan = text(root, "plan").orElseThrow(() -> new DrillException(0,
                messages.get("drill.error.missing", "plan")));
        String startText = text(root, "start").orElseThrow(() -> new DrillException(0,
                messages.get("drill.error.missing", "start")));
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(startText);
        } catch (DateTimeParseException e) {
            throw new DrillException(0, messages.get("drill.error.time", "start", startText));
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
                messages.get("drill.error.time", "at", atText)));
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
        } catch (DateTimeParseException e) {
            return Optional.empty();
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
