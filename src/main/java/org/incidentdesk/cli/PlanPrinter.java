package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.FormField;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.OccurrenceCriterion;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.Phase;
import org.incidentdesk.domain.plan.PlanEnums;
import org.incidentdesk.domain.plan.PlanPost;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.plan.ReportForm;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningAuthority;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * Prints a whole plan as readable text for {@code plan show}: every section, every deadline rule with its
 * ISO-8601 duration and start point, and a marker on each element the template filled in by default.
 */
final class PlanPrinter {
    private final Messages messages;
    private final PrintWriter out;

    PlanPrinter(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void print(ContingencyPlan plan) {
        line("plan.show.title", plan.id(), plan.name(), plan.revision(), label(plan.levelScheme()));
        optional("plan.show.issuer", plan.issuer());
        optional("plan.show.scope", plan.scope());
        optional("plan.show.note", plan.note());
        texts("plan.show.basis", plan.basis());
        texts("plan.show.principles", plan.principles());
        organisation(plan);
        levels(plan);
        periods(plan.sensitivePeriods());
        categories(plan);
        deadlines(plan);
        phases(plan);
        forms(plan);
        texts("plan.show.preparedness", plan.preparedness());
    }

    private void organisation(ContingencyPlan plan) {
        heading("plan.show.organisation");
        for (PlanUnit unit : plan.organisation().units()) {
            line("plan.show.unit", label(unit.kind()), unit.name(), unit.id(), marks(unit.origin()));
            optional("plan.show.hostUnit", unit.hostUnit());
            for (PlanPost post : unit.posts()) {
                if (post.heldBy() == null) {
                    out.println(messages.get("plan.show.postOpen", post.title()) + marks(post.origin()));
                } else {
                    out.println(messages.get("plan.show.post", post.title(), post.heldBy()) + marks(post.origin()));
                }
            }
            unit.duties().forEach(d -> line("plan.show.duty", d));
            if (unit.perIncident()) {
                line("plan.show.perIncident");
            }
        }
        heading("plan.show.roles");
        for (PlanRole role : plan.organisation().roles()) {
            String target = role.unit() == null ? messages.get("plan.show.roleDynamic")
                    : plan.organisation().unit(role.unit()).map(PlanUnit::name).orElse(role.unit())
                    + (role.post() == null ? "" : " / " + role.post());
            out.println(messages.get("plan.show.role", role.id(), role.name(), target) + marks(role.origin()));
        }
        if (!plan.organisation().warningAuthority().isEmpty()) {
            heading("plan.show.authority");
            for (WarningAuthority authority : plan.organisation().warningAuthority()) {
                out.println(messages.get("plan.show.authorityLine", String.join(", ", authority.levels()),
                        roleName(plan, authority.role())) + marks(authority.origin()));
            }
        }
    }

    private void levels(ContingencyPlan plan) {
        heading("plan.show.levels");
        for (WarningLevel level : plan.levelsBySeverity()) {
            String colour = level.colour() == null ? "" : " " + label(level.colour());
            out.println(messages.get("plan.show.level", level.id(), level.name(), colour, level.rank())
                    + marks(level.origin()));
            optional("plan.show.definition", level.definition());
            if (level.criteria().isEmpty()) {
                line("plan.show.noCriteria");
                continue;
            }
            line("plan.show.criteria", label(level.match()));
            level.criteria().forEach(c -> criterion(plan, c));
        }
    }

    private void criterion(ContingencyPlan plan, LevelCriterion criterion) {
        String text;
        if (criterion instanceof OccurrenceCriterion o) {
            String severity = plan.level(o.minSeverity()).map(WarningLevel::label).orElse(o.minSeverity());
            text = messages.get("plan.show.criterionOccurrence", o.id(), o.text(), label(o.occurrence()), severity);
        } else if (criterion instanceof MetricCriterion m) {
            text = messages.get("plan.show.criterionMetric", m.id(), m.text(), label(m.metric()),
                    String.valueOf(m.threshold()));
        } else {
            text = messages.get("plan.show.criterionObserved", criterion.id(), criterion.text());
        }
        out.println(text + marks(criterion.origin()));
    }

    private void periods(List<SensitivePeriod> periods) {
        if (periods.isEmpty()) {
            return;
        }
        heading("plan.show.periods");
        for (SensitivePeriod period : periods) {
            String text;
            if (period.dates() instanceof PeriodDates.Yearly yearly) {
                text = messages.get("plan.show.periodYearly", period.id(), period.name(),
                        yearly.from().toString().substring(2), yearly.to().toString().substring(2), period.raise());
            } else {
                PeriodDates.Fixed fixed = (PeriodDates.Fixed) period.dates();
                text = messages.get("plan.show.periodFixed", period.id(), period.name(), fixed.from().toString(),
                        fixed.to().toString(), period.raise());
            }
            out.println(text + marks(period.origin()));
        }
    }

    private void categories(ContingencyPlan plan) {
        heading("plan.show.categories");
        for (EventCategory category : plan.categories()) {
            out.println(messages.get("plan.show.category", category.id(), category.name(), label(category.kind()))
                    + marks(category.origin()));
            line("plan.show.response", category.response());
            if (category.leadRole() != null) {
                line("plan.show.leadRole", roleName(plan, category.leadRole()));
            }
        }
    }

    private void deadlines(ContingencyPlan plan) {
        heading("plan.show.deadlines");
        for (DeadlineRule rule : plan.deadlines()) {
            out.println(messages.get("plan.show.deadline", rule.id(), rule.action()) + marks(rule.origin()));
            String to = rule.to() == null ? "" : messages.get("plan.show.deadlineTo", roleName(plan, rule.to()));
            line("plan.show.deadlineWho", roleName(plan, rule.by()), to);
            String start = label(rule.from());
            String duration = DurationText.format(rule.duration(), messages);
            String until = rule.until() == null ? "" : label(rule.until());
            line("plan.show.timing." + PlanEnums.spell(rule.timing()), start, duration, until);
            line("plan.show.deadlineLevels", rule.levels().isEmpty()
                    ? messages.get("plan.show.allLevels") : levelLabels(plan, rule.levels()));
            if (!rule.categories().isEmpty()) {
                line("plan.show.deadlineCategories", String.join(", ", rule.categories()));
            }
            if (rule.form() != null) {
                line("plan.show.deadlineForm", plan.form(rule.form()).map(ReportForm::name).orElse(rule.form()));
            }
            if (rule.ifNotCalmed() != null) {
                line("plan.show.escalation", levelLabels(plan, List.of(rule.ifNotCalmed().toLevel())),
                        rule.ifNotCalmed().action(), roleName(plan, rule.ifNotCalmed().by()));
            }
        }
    }

    private void phases(ContingencyPlan plan) {
        heading("plan.show.phases");
        for (Phase phase : plan.phases()) {
            out.println(messages.get("plan.show.phase", phase.id(), phase.name()) + marks(phase.origin()));
            int number = 1;
            for (ChecklistItem step : phase.steps()) {
                String who = step.role() == null ? step.id() : step.id() + ", " + roleName(plan, step.role());
                out.println(messages.get("plan.show.step", number++, step.text(), who) + marks(step.origin()));
                if (!step.levels().isEmpty()) {
                    line("plan.show.stepLevels", levelLabels(plan, step.levels()));
                }
            }
        }
    }

    private void forms(ContingencyPlan plan) {
        heading("plan.show.forms");
        for (ReportForm form : plan.forms()) {
            out.println(messages.get("plan.show.form", form.id(), form.name(), label(form.kind()))
                    + marks(form.origin()));
            if (!form.contents().isEmpty()) {
                line("plan.show.formContents", form.contents().stream().map(this::formField)
                        .collect(Collectors.joining("、")));
            }
        }
    }

    private String formField(FormField field) {
        return field.levels().isEmpty() ? field.name()
                : messages.get("plan.show.formLevelsOnly", field.name(), String.join(", ", field.levels()));
    }

    private String levelLabels(ContingencyPlan plan, List<String> ids) {
        return ids.stream().map(id -> plan.level(id).map(WarningLevel::label).orElse(id))
                .collect(Collectors.joining(", "));
    }

    private String roleName(ContingencyPlan plan, String roleId) {
        return plan.organisation().role(roleId).map(PlanRole::name).orElse(roleId);
    }

    private String marks(Origin origin) {
        if (origin.defaulted()) {
            return origin.note() == null ? messages.get("plan.show.default")
                    : messages.get("plan.show.defaultNote", origin.note());
        }
        return origin.note() == null ? "" : messages.get("plan.show.remark", origin.note());
    }

    private String label(Enum<?> value) {
        return value == null ? "" : messages.get("plan.enum." + value.getDeclaringClass().getSimpleName() + "."
                + PlanEnums.spell(value));
    }

    private void texts(String headingKey, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        heading(headingKey);
        items.forEach(item -> line("plan.show.item", item));
    }

    private void heading(String key) {
        out.println();
        out.println(messages.get(key));
    }

    private void optional(String key, String value) {
        if (value != null) {
            line(key, value);
        }
    }

    private void line(String key, Object... args) {
        out.println(messages.get(key, args));
    }
}
