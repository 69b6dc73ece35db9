package org.incidentdesk.service.plan.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.service.plan.PlanChange;

/**
 * Says a difference between a template and an office plan in the office's words: "舆情报告时限（重大）：2小时 →
 * 1小时" rather than {@code deadlines[report-major].duration PT2H → PT1H}. Elements are named by their names
 * (taken from the plan that has them), fields by their labels, values in words (roles by name, levels by
 * name, durations and enum values as the office writes them).
 */
public final class PlanChangeWords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT_LISTS = List.of("basis", "principles", "preparedness");
    private static final String PERIOD = "plan.change.element.period";

    private final Messages messages;
    private final PlanTerms terms;
    private final ContingencyPlan before;
    private final ContingencyPlan after;

    public PlanChangeWords(Messages messages, ContingencyPlan before, ContingencyPlan after) {
        this.messages = messages;
        this.terms = new PlanTerms(messages);
        this.before = before;
        this.after = after;
    }

    public String describe(PlanChange change) {
        List<Segment> path = Segment.parse(change.path());
        Element element = element(path);
        List<Segment> field = path.subList(element.consumed(), path.size());
        if (field.isEmpty() && element.whole()) {
            return switch (change.kind()) {
                case ADDED -> messages.get("plan.change.words.addedElement", element.label());
                case REMOVED -> messages.get("plan.change.words.removedElement", element.label());
                case CHANGED -> messages.get("plan.change.words.changed", element.label(),
                        value(element.context(), null, change.oldValue()), value(element.context(), null, change.newValue()));
            };
        }
        String fieldName = field.isEmpty() ? null : lastName(field);
        if (field.size() == 1 && "default".equals(fieldName) && change.kind() != PlanChange.Kind.CHANGED) {
            return messages.get(change.kind() == PlanChange.Kind.ADDED ? "plan.change.words.markedDefault"
                    : "plan.change.words.noLongerDefault", element.label());
        }
        String label = element.label() + fieldLabel(element.context(), field);
        String context = element.context();
        return switch (change.kind()) {
            case ADDED -> messages.get("plan.change.words.added", label, value(context, fieldName, change.newValue()));
            case REMOVED -> messages.get("plan.change.words.removed", label, value(context, fieldName, change.oldValue()));
            case CHANGED -> messages.get("plan.change.words.changed", label, value(context, fieldName, change.oldValue()),
                    value(context, fieldName, change.newValue()));
        };
    }

    // ---- which element a path names

    /**
     * @param label    the element in words, e.g. 敏感时期“国庆节假期”
     * @param consumed how many path segments name the element
     * @param whole    true when the element is an item of a list (added or removed as a whole)
     * @param context  the list the element belongs to, so that {@code kind} and {@code levels} read right
     */
    private record Element(String label, int consumed, boolean whole, String context) {
    }

    private Element element(List<Segment> path) {
        Segment first = path.get(0);
        if (first.key() == null && !"organisation".equals(first.name())) {
            String whole = List.of("levels", "categories").contains(first.name()) ? first.name() + ".all" : first.name();
            return new Element(messages.get("plan.change.field." + whole), 1, false, "plan");
        }
        if (TEXT_LISTS.contains(first.name())) {
            return new Element(messages.get("plan.change.item", messages.get("plan.change.field." + first.name()),
                    ordinal(first.key())), 1, true, first.name());
        }
        return switch (first.name()) {
            case "organisation" -> organisationElement(path);
            case "levels" -> levelElement(path);
            case "sensitivePeriods" -> named(PERIOD, first.key(), 1,
                    p -> p.sensitivePeriods().stream().filter(s -> s.id().equals(first.key())).map(s -> s.name()).findFirst());
            case "categories" -> named("plan.change.element.category", first.key(), 1,
                    p -> p.category(first.key()).map(c -> c.name()));
            case "deadlines" -> deadlineElement(path);
            case "phases" -> phaseElement(path);
            case "forms" -> formElement(path);
            default -> new Element(first.name() + "[" + first.key() + "]", 1, true, first.name());
        };
    }

    private Element organisationElement(List<Segment> path) {
        if (path.size() < 2) {
            return new Element(messages.get("plan.change.field.organisation"), 1, true, "organisation");
        }
        Segment list = path.get(1);
        return switch (list.name()) {
            case "units" -> named("plan.change.element.unit", list.key(), 2,
                    p -> p.organisation().unit(list.key()).map(u -> u.name()));
            case "roles" -> named("plan.change.element.role", list.key(), 2,
                    p -> p.organisation().role(list.key()).map(r -> r.name()));
            case "warningAuthority" -> new Element(messages.get("plan.change.item",
                    messages.get("plan.change.field.warningAuthority"), ordinal(list.key())), 2, true, "warningAuthority");
            default -> new Element(messages.get("plan.change.field.organisation"), 1, false, "organisation");
        };
    }

    private Element levelElement(List<Segment> path) {
        String levelId = path.get(0).key();
        String level = find(p -> p.level(levelId).map(terms::levelHeading)).orElse(levelId);
        Element levelElement = new Element(messages.get("plan.change.element.level", level), 1, true, "levels");
        if (path.size() < 2 || !"criteria".equals(path.get(1).name()) || path.get(1).key() == null) {
            return levelElement;
        }
        String criterionId = path.get(1).key();
        String text = find(p -> p.level(levelId).flatMap(l -> l.criteria().stream()
                .filter(c -> criterionId.equals(c.id())).map(LevelCriterion::text).findFirst()))
                .map(t -> PlanTerms.shorten(t, 20)).orElse(criterionId);
        return new Element(messages.get("plan.change.element.criterion", level, text), 2, true, "criteria");
    }

    private Element deadlineElement(List<Segment> path) {
        String ruleId = path.get(0).key();
        String rule = after.deadline(ruleId).map(r -> terms.ruleName(after, r))
                .or(() -> before.deadline(ruleId).map(r -> terms.ruleName(before, r))).orElse(ruleId);
        if (path.size() > 1 && "ifNotCalmed".equals(path.get(1).name())) {
            return new Element(messages.get("plan.change.element.escalation", rule), 2, false, "ifNotCalmed");
        }
        return new Element(messages.get("plan.change.element.deadline", rule), 1, true, "deadlines");
    }

    private Element phaseElement(List<Segment> path) {
        String phaseId = path.get(0).key();
        String phase = find(p -> p.phases().stream().filter(x -> x.id().equals(phaseId)).map(x -> x.name()).findFirst())
                .orElse(phaseId);
        if (path.size() < 2 || !"steps".equals(path.get(1).name()) || path.get(1).key() == null) {
            return new Element(messages.get("plan.change.element.phase", phase), 1, true, "phases");
        }
        String stepId = path.get(1).key();
        String step = find(p -> p.phases().stream().flatMap(x -> x.steps().stream())
                .filter(s -> s.id().equals(stepId)).map(s -> PlanTerms.shorten(s.text(), 20)).findFirst())
                .orElse(stepId);
        return new Element(messages.get("plan.change.element.step", phase, step), 2, true, "steps");
    }

    private Element formElement(List<Segment> path) {
        String formId = path.get(0).key();
        Element form = named("plan.change.element.form", formId, 1, p -> p.form(formId).map(f -> f.name()));
        if (path.size() > 1 && "contents".equals(path.get(1).name()) && path.get(1).key() != null) {
            return new Element(messages.get("plan.change.item", form.label() + messages.get("plan.change.field.contents"),
                    ordinal(path.get(1).key())), 2, true, "contents");
        }
        return form;
    }

    private Element named(String key, String id, int consumed,
                          Function<ContingencyPlan, Optional<String>> name) {
        return new Element(messages.get(key, find(name).orElse(id)), consumed, true, key);
    }

    /** From the office plan when it has the element, otherwise from the template (a removed element). */
    private <T> Optional<T> find(Function<ContingencyPlan, Optional<T>> lookup) {
        return lookup.apply(after).or(() -> lookup.apply(before));
    }

    // ---- fields and values

    private String fieldLabel(String context, List<Segment> field) {
        List<String> words = new ArrayList<>();
        for (Segment segment : field) {
            String name = PERIOD.equals(context) && List.of("from", "to").contains(segment.name())
                    ? "period." + segment.name() : segment.name();
            String label = messages.get("plan.change.field." + name);
            if (!label.isEmpty()) {
                words.add(isIndex(segment.key()) && !isIdList(segment.name())
                        ? messages.get("plan.change.item", label, ordinal(segment.key())) : label);
            }
        }
        return words.isEmpty() ? "" : messages.get("plan.change.fieldJoin", String.join(messages.get("plan.change.fieldJoin.inner"), words));
    }

    private String value(String context, String field, String raw) {
        if (raw == null) {
            return messages.get("plan.change.nothing");
        }
        Object parsed = parse(raw);
        if (parsed instanceof Map<?, ?> map) {
            return describeMap(map);
        }
        if (parsed instanceof List<?> list) {
            return terms.list(list.stream().map(item -> item instanceof Map<?, ?> m ? describeMap(m)
                    : scalar(context, field, String.valueOf(item))).toList());
        }
        return scalar(context, field, raw);
    }

    private String scalar(String context, String field, String raw) {
        if (field == null) {
            return raw;
        }
        return switch (field) {
            case "duration" -> duration(raw);
            case "timing" -> terms.enumWord("Timing", raw);
            case "from" -> PERIOD.equals(context) ? raw : terms.enumWord("StartPoint", raw);
            case "until" -> terms.enumWord("RepeatUntil", raw);
            case "colour" -> terms.enumWord("WarningColour", raw);
            case "levelScheme" -> terms.enumWord("LevelScheme", raw);
            case "match" -> terms.enumWord("CriteriaMatch", raw);
            case "occurrence" -> terms.enumWord("Occurrence", raw);
            case "metric" -> terms.enumWord("Metric", raw);
            case "kind" -> kind(context, raw);
            case "by", "to", "role", "leadRole" -> roleName(raw);
            case "levels", "escalateTo", "minSeverity" -> levelName(raw);
            case "categories" -> find(p -> p.category(raw).map(c -> c.name())).orElse(raw);
            case "form" -> find(p -> p.form(raw).map(f -> f.name())).orElse(raw);
            case "unit" -> find(p -> p.organisation().unit(raw).map(u -> u.name())).orElse(raw);
            case "default", "perIncident", "yearly" -> messages.get("true".equals(raw) ? "plan.change.yes" : "plan.change.no");
            default -> raw;
        };
    }

    private String kind(String context, String raw) {
        if (context.contains("unit")) {
            return terms.enumWord("UnitKind", raw);
        }
        if (context.contains("category")) {
            return terms.enumWord("CategoryKind", raw);
        }
        if (context.contains("form")) {
            return terms.enumWord("FormKind", raw);
        }
        return messages.has("plan.change.criterionKind." + raw) ? messages.get("plan.change.criterionKind." + raw) : raw;
    }

    private String roleName(String id) {
        return find(p -> p.organisation().role(id).map(r -> r.name())).orElse(id);
    }

    private String levelName(String id) {
        return find(p -> p.level(id).map(l -> l.name())).orElse(id);
    }

    private String duration(String raw) {
        try {
            return terms.duration(Duration.parse(raw));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    /** A whole element in a few words: its name, title or text. */
    private String describeMap(Map<?, ?> map) {
        for (String key : List.of("name", "title", "text", "action")) {
            if (map.get(key) != null) {
                return PlanTerms.shorten(String.valueOf(map.get(key)), 40);
            }
        }
        return String.valueOf(map.get("id"));
    }

    private static Object parse(String raw) {
        String trimmed = raw.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return raw;
        }
        try {
            return JSON.readValue(trimmed, Object.class);
        } catch (JsonProcessingException notJson) {
            return raw;
        }
    }

    private static String lastName(List<Segment> field) {
        return field.get(field.size() - 1).name();
    }

    private static boolean isIdList(String name) {
        return List.of("levels", "categories").contains(name);
    }

    private static boolean isIndex(String key) {
        return key != null && key.chars().allMatch(Character::isDigit);
    }

    private String ordinal(String index) {
        return isIndex(index) ? String.valueOf(Integer.parseInt(index) + 1) : index;
    }

    /** One step of a change path: {@code deadlines[report-major]} is name deadlines, key report-major. */
    record Segment(String name, String key) {
        static List<Segment> parse(String path) {
            List<Segment> segments = new ArrayList<>();
            int i = 0;
            while (i < path.length()) {
                int nameEnd = i;
                while (nameEnd < path.length() && path.charAt(nameEnd) != '[' && path.charAt(nameEnd) != '.') {
                    nameEnd++;
                }
                String name = path.substring(i, nameEnd);
                String key = null;
                i = nameEnd;
                if (i < path.length() && path.charAt(i) == '[') {
                    int close = path.indexOf(']', i);
                    key = path.substring(i + 1, close);
                    i = close + 1;
                }
                if (i < path.length() && path.charAt(i) == '.') {
                    i++;
                }
                segments.add(new Segment(name, key));
            }
            return segments;
        }
    }
}
