package org.incidentdesk.service.plan.document;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.PlanEnums;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * How the parts of a plan are named in words, in the language of {@code messages}: roles, levels, categories
 * and forms by their names rather than their ids, enum values and durations as an office writes them. Shared by
 * the plan document, the words of the changes against a template and the plan workspace.
 */
public final class PlanTerms {
    private final Messages messages;

    public PlanTerms(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** 2 小时, 1 天 2 小时 (2 hours, 1 day 2 hours in English). */
    public String duration(Duration duration) {
        return DurationText.format(duration, messages);
    }

    /** An enum value in words, e.g. {@code Timing.IMMEDIATELY} → 立即. */
    public String of(Enum<?> value) {
        return value == null ? "" : enumWord(value.getDeclaringClass().getSimpleName(), PlanEnums.spell(value));
    }

    /** An enum value as spelled in a plan file, in words; the spelling itself when there is no word for it. */
    public String enumWord(String type, String spelling) {
        String key = "plan.enum." + type + "." + spelling;
        return messages.has(key) ? messages.get(key) : spelling;
    }

    public String list(List<String> items) {
        return String.join(messages.get("plan.doc.listSeparator"), items);
    }

    /** The role's name; the id itself when the plan has no such role. */
    public String role(ContingencyPlan plan, String roleId) {
        return roleId == null ? "" : plan.organisation().role(roleId).map(PlanRole::name).orElse(roleId);
    }

    /** E.g. 重大; the id itself when the plan has no such level. */
    public String levelName(ContingencyPlan plan, String levelId) {
        return plan.level(levelId).map(WarningLevel::name).orElse(levelId);
    }

    /** 重大、较大, or 各级 when the list is empty (every level). */
    public String levels(ContingencyPlan plan, List<String> ids) {
        if (ids.isEmpty()) {
            return messages.get("planui.all");
        }
        return ids.stream().map(id -> levelName(plan, id)).collect(Collectors.joining(messages.get("plan.doc.listSeparator")));
    }

    public String categories(ContingencyPlan plan, List<String> ids) {
        if (ids.isEmpty()) {
            return messages.get("planui.all");
        }
        return ids.stream().map(id -> plan.category(id).map(c -> c.name()).orElse(id))
                .collect(Collectors.joining(messages.get("plan.doc.listSeparator")));
    }

    public String form(ContingencyPlan plan, String formId) {
        return formId == null ? "" : plan.form(formId).map(f -> f.name()).orElse(formId);
    }

    /**
     * "I 特别重大（红色）": a level as headings and lists show it. The id leads only where it is the level's number
     * (I, II, …) as plans write it; a word id such as {@code major} is the file's, not the office's.
     */
    public String levelHeading(WarningLevel level) {
        boolean numbered = level.id() != null && level.id().matches("[IVX]+");
        String label = numbered ? level.id() + " " + level.name() : level.name();
        return level.colour() == null ? label : messages.get("common.withNote", label, of(level.colour()));
    }

    /**
     * When a rule is due, in words: 立即, 发现时起2小时内, 当日内, 每4小时一次，直至事态平息.
     */
    public String when(DeadlineRule rule) {
        String from = of(rule.from());
        if (rule.timing() == null) {
            return "";
        }
        return switch (rule.timing()) {
            case IMMEDIATELY -> messages.get("plan.doc.when.immediately", from);
            case WITHIN -> messages.get("plan.doc.when.within", from, duration(rule.duration()));
            case END_OF_DAY -> messages.get("plan.doc.when.endOfDay", from);
            case REPEATING -> messages.get("plan.doc.when.repeating", from, duration(rule.duration()), of(rule.until()));
        };
    }

    /**
     * A short name of a rule for lists and changes: its form's name + 时限 (舆情报告时限), or the beginning of its
     * action when it produces no form.
     */
    public String ruleName(ContingencyPlan plan, DeadlineRule rule) {
        String base = rule.form() != null && plan.form(rule.form()).isPresent()
                ? messages.get("plan.doc.rule.ofForm", form(plan, rule.form()))
                : messages.get("plan.doc.rule.ofAction", shorten(rule.action(), 16));
        return rule.levels().isEmpty() ? base : messages.get("common.withNote", base, levels(plan, rule.levels()));
    }

    /** The first {@code max} characters of {@code text}, with … when cut. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
