package org.incidentdesk.domain.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.incidentdesk.domain.roster.UnitKind;

/**
 * The checks every plan must pass, whether read from a file or edited on screen: required fields, unique ids,
 * references that resolve (levels, categories, roles, units, forms), positive durations, a level count that
 * fits the scheme. Reports every problem with the path of the field, e.g. {@code deadlines[1].levels}.
 */
public final class PlanRules {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final ContingencyPlan plan;
    private final List<PlanProblem> problems = new ArrayList<>();
    private final Set<String> levelIds;
    private final Set<String> categoryIds;
    private final Set<String> roleIds;
    private final Set<String> unitIds;
    private final Set<String> formIds;

    private PlanRules(ContingencyPlan plan) {
        this.plan = plan;
        this.levelIds = ids(plan.levels(), WarningLevel::id);
        this.categoryIds = ids(plan.categories(), EventCategory::id);
        this.roleIds = ids(plan.organisation().roles(), PlanRole::id);
        this.unitIds = ids(plan.organisation().units(), PlanUnit::id);
        this.formIds = ids(plan.forms(), ReportForm::id);
    }

    public static List<PlanProblem> check(ContingencyPlan plan) {
        PlanRules rules = new PlanRules(plan);
        rules.checkHeader();
        rules.checkOrganisation();
        rules.checkLevels();
        rules.checkSensitivePeriods();
        rules.checkCategories();
        rules.checkDeadlines();
        rules.checkResponseTimes();
        rules.checkPhases();
        rules.checkForms();
        return List.copyOf(rules.problems);
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).filter(i -> i != null).collect(Collectors.toSet());
    }

    private void checkHeader() {
        checkId("id", plan.id());
        if (plan.revision() < 1) {
            problem("revision", "plan.invalid.positive", String.valueOf(plan.revision()));
        }
        required("name", plan.name());
        if (plan.levelScheme() == null) {
            problem("levelScheme", "plan.invalid.required");
        }
        texts("basis", plan.basis());
        texts("principles", plan.principles());
        texts("preparedness", plan.preparedness());
    }

    private void checkOrganisation() {
        Organisation org = plan.organisation();
        UniqueIds units = new UniqueIds();
        for (int i = 0; i < org.units().size(); i++) {
            PlanUnit unit = org.units().get(i);
            String path = "organisation.units[" + i + "]";
            units.add(path, unit.id());
            if (unit.kind() == null) {
                problem(path + ".kind", "plan.invalid.required");
            }
            required(path + ".name", unit.name());
            for (int p = 0; p < unit.posts().size(); p++) {
                required(path + ".posts[" + p + "].title", unit.posts().get(p).title());
            }
            texts(path + ".duties", unit.duties());
        }
        if (org.units().stream().noneMatch(u -> u.kind() == UnitKind.COMMAND)) {
            problem("organisation.units", "plan.invalid.noCommand");
        }
        UniqueIds roles = new UniqueIds();
        for (int i = 0; i < org.roles().size(); i++) {
            PlanRole role = org.roles().get(i);
            String path = "organisation.roles[" + i + "]";
            roles.add(path, role.id());
            required(path + ".name", role.name());
            if (role.unit() != null && !unitIds.contains(role.unit())) {
                problem(path + ".unit", "plan.invalid.unknownUnit", role.unit());
            }
            if (role.post() != null && role.unit() == null) {
                problem(path + ".post", "plan.invalid.postWithoutUnit", role.post());
            }
        }
        for (int i = 0; i < org.warningAuthority().size(); i++) {
            WarningAuthority authority = org.warningAuthority().get(i);
            String path = "organisation.warningAuthority[" + i + "]";
            if (authority.levels().isEmpty()) {
                problem(path + ".levels", "plan.invalid.required");
            }
            levelRefs(path + ".levels", authority.levels());
            roleRef(path + ".role", authority.role(), true);
        }
    }

    private void checkLevels() {
        if (plan.levels().isEmpty()) {
            problem("levels", "plan.invalid.required");
            return;
        }
        if (plan.levelScheme() != null && plan.levels().size() != plan.levelScheme().levelCount()) {
            problem("levels", "plan.invalid.levelCount", PlanEnums.spell(plan.levelScheme()),
                    plan.levelScheme().levelCount(), plan.levels().size());
        }
        UniqueIds levels = new UniqueIds();
        UniqueIds criteria = new UniqueIds();
        Map<Integer, String> ranks = new HashMap<>();
        for (int i = 0; i < plan.levels().size(); i++) {
            WarningLevel level = plan.levels().get(i);
            String path = "levels[" + i + "]";
            levels.add(path, level.id());
            required(path + ".name", level.name());
            if (level.rank() < 1 || level.rank() > plan.levels().size()) {
                problem(path + ".rank", "plan.invalid.rank", level.rank(), plan.levels().size());
            } else if (ranks.containsKey(level.rank())) {
                problem(path + ".rank", "plan.invalid.duplicateRank", level.rank(), ranks.get(level.rank()));
            } else {
                ranks.put(level.rank(), path);
            }
            for (int c = 0; c < level.criteria().size(); c++) {
                checkCriterion(path + ".criteria[" + c + "]", level.criteria().get(c), criteria);
            }
        }
    }

    private void checkCriterion(String path, LevelCriterion criterion, UniqueIds criteria) {
        criteria.add(path, criterion.id());
        required(path + ".text", criterion.text());
        if (criterion instanceof OccurrenceCriterion occurrence) {
            if (occurrence.occurrence() == null) {
                problem(path + ".occurrence", "plan.invalid.required");
            }
            if (occurrence.minSeverity() == null) {
                problem(path + ".minSeverity", "plan.invalid.required");
            } else {
                levelRefs(path + ".minSeverity", List.of(occurrence.minSeverity()));
            }
        } else if (criterion instanceof MetricCriterion metric) {
            if (metric.metric() == null) {
                problem(path + ".metric", "plan.invalid.required");
            }
            if (metric.threshold() < 1) {
                problem(path + ".threshold", "plan.invalid.positive", String.valueOf(metric.threshold()));
            }
        }
    }

    private void checkSensitivePeriods() {
        UniqueIds periods = new UniqueIds();
        for (int i = 0; i < plan.sensitivePeriods().size(); i++) {
            SensitivePeriod period = plan.sensitivePeriods().get(i);
            String path = "sensitivePeriods[" + i + "]";
            periods.add(path, period.id());
            required(path + ".name", period.name());
            if (period.dates() == null) {
                problem(path + ".from", "plan.invalid.required");
            } else if (period.dates() instanceof PeriodDates.Fixed fixed && fixed.to().isBefore(fixed.from())) {
                problem(path + ".to", "plan.invalid.dateOrder", fixed.to(), fixed.from());
            }
            if (period.raise() < 1) {
                problem(path + ".raise", "plan.invalid.positive", String.valueOf(period.raise()));
            }
        }
    }

    private void checkCategories() {
        UniqueIds categories = new UniqueIds();
        for (int i = 0; i < plan.categories().size(); i++) {
            EventCategory category = plan.categories().get(i);
            String path = "categories[" + i + "]";
            categories.add(path, category.id());
            if (category.kind() == null) {
                problem(path + ".kind", "plan.invalid.required");
            }
            required(path + ".name", category.name());
            required(path + ".response", category.response());
            roleRef(path + ".leadRole", category.leadRole(), false);
        }
    }

    private void checkDeadlines() {
        UniqueIds rules = new UniqueIds();
        for (int i = 0; i < plan.deadlines().size(); i++) {
            DeadlineRule rule = plan.deadlines().get(i);
            String path = "deadlines[" + i + "]";
            rules.add(path, rule.id());
            required(path + ".action", rule.action());
            roleRef(path + ".by", rule.by(), true);
            roleRef(path + ".to", rule.to(), false);
            checkTiming(path, rule);
            if (rule.from() == null) {
                problem(path + ".from", "plan.invalid.required");
            }
            levelRefs(path + ".levels", rule.levels());
            categoryRefs(path + ".categories", rule.categories());
            formRef(path + ".form", rule.form());
            Escalation escalation = rule.ifNotCalmed();
            if (escalation != null) {
                String at = path + ".ifNotCalmed";
                if (escalation.toLevel() == null) {
                    problem(at + ".escalateTo", "plan.invalid.required");
                } else {
                    levelRefs(at + ".escalateTo", List.of(escalation.toLevel()));
                }
                required(at + ".action", escalation.action());
                roleRef(at + ".by", escalation.by(), true);
                roleRef(at + ".to", escalation.to(), false);
            }
        }
    }

    private void checkResponseTimes() {
        ResponseTimes times = plan.responseTimes();
        positive("responseTimes.immediately", times.immediately());
        positive("responseTimes.remindAfterTop", times.remindAfterTop());
        positive("reviewTime.within", plan.reviewTime().within());
    }

    private void positive(String path, Duration duration) {
        if (duration == null) {
            problem(path, "plan.invalid.required");
        } else if (duration.isNegative() || duration.isZero()) {
            problem(path, "plan.invalid.nonPositiveDuration", duration.toString());
        }
    }

    private void checkTiming(String path, DeadlineRule rule) {
        if (rule.timing() == null) {
            problem(path + ".timing", "plan.invalid.required");
            return;
        }
        boolean needsDuration = rule.timing() == Timing.WITHIN || rule.timing() == Timing.REPEATING;
        Duration duration = rule.duration();
        if (needsDuration && duration == null) {
            problem(path + ".duration", "plan.invalid.required");
        } else if (needsDuration && (duration.isNegative() || duration.isZero())) {
            problem(path + ".duration", "plan.invalid.nonPositiveDuration", duration.toString());
        } else if (!needsDuration && duration != null) {
            problem(path + ".duration", "plan.invalid.durationNotAllowed", PlanEnums.spell(rule.timing()));
        }
        if (rule.timing() != Timing.REPEATING && rule.until() != null) {
            problem(path + ".until", "plan.invalid.untilNotAllowed", PlanEnums.spell(rule.timing()));
        }
    }

    private void checkPhases() {
        UniqueIds phases = new UniqueIds();
        UniqueIds steps = new UniqueIds();
        for (int i = 0; i < plan.phases().size(); i++) {
            Phase phase = plan.phases().get(i);
            String path = "phases[" + i + "]";
            phases.add(path, phase.id());
            required(path + ".name", phase.name());
            for (int s = 0; s < phase.steps().size(); s++) {
                ChecklistItem step = phase.steps().get(s);
                String at = path + ".steps[" + s + "]";
                steps.add(at, step.id());
                required(at + ".text", step.text());
                roleRef(at + ".role", step.role(), false);
                formRef(at + ".form", step.form());
                levelRefs(at + ".levels", step.levels());
            }
        }
    }

    private void checkForms() {
        UniqueIds forms = new UniqueIds();
        for (int i = 0; i < plan.forms().size(); i++) {
            ReportForm form = plan.forms().get(i);
            String path = "forms[" + i + "]";
            forms.add(path, form.id());
            if (form.kind() == null) {
                problem(path + ".kind", "plan.invalid.required");
            }
            required(path + ".name", form.name());
            for (int c = 0; c < form.contents().size(); c++) {
                FormField field = form.contents().get(c);
                required(path + ".contents[" + c + "].name", field.name());
                levelRefs(path + ".contents[" + c + "].levels", field.levels());
            }
        }
    }

    private void levelRefs(String path, List<String> refs) {
        refs.stream().filter(r -> !levelIds.contains(r)).forEach(r -> problem(path, "plan.invalid.unknownLevel", r));
    }

    private void categoryRefs(String path, List<String> refs) {
        refs.stream().filter(r -> !categoryIds.contains(r))
                .forEach(r -> problem(path, "plan.invalid.unknownCategory", r));
    }

    private void roleRef(String path, String ref, boolean mandatory) {
        if (ref == null) {
            if (mandatory) {
                problem(path, "plan.invalid.required");
            }
        } else if (!roleIds.contains(ref)) {
            problem(path, "plan.invalid.unknownRole", ref);
        }
    }

    private void formRef(String path, String ref) {
        if (ref != null && !formIds.contains(ref)) {
            problem(path, "plan.invalid.unknownForm", ref);
        }
    }

    private void checkId(String path, String id) {
        if (id == null || id.isBlank()) {
            problem(path, "plan.invalid.required");
        } else if (!ID.matcher(id).matches()) {
            problem(path, "plan.invalid.idSyntax", id);
        }
    }

    private void required(String path, String value) {
        if (value == null || value.isBlank()) {
            problem(path, "plan.invalid.required");
        }
    }

    private void texts(String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            required(path + "[" + i + "]", values.get(i));
        }
    }

    private void problem(String path, String key, Object... args) {
        problems.add(PlanProblem.at(path, key, args));
    }

    /** Ids within one list (or one family, such as criteria across all levels) must be unique. */
    private final class UniqueIds {
        private final Map<String, String> firstSeen = new HashMap<>();

        void add(String path, String id) {
            checkId(path + ".id", id);
            if (id == null) {
                return;
            }
            String earlier = firstSeen.putIfAbsent(id, path);
            if (earlier != null) {
                problem(path + ".id", "plan.invalid.duplicateId", id, earlier);
            }
        }
    }
}
