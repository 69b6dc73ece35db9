package org.incidentdesk.service.plan.format;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.CriteriaMatch;
import org.incidentdesk.domain.plan.CategoryKind;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.Escalation;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.FormField;
import org.incidentdesk.domain.plan.FormKind;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.LevelScheme;
import org.incidentdesk.domain.plan.Metric;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.Occurrence;
import org.incidentdesk.domain.plan.OccurrenceCriterion;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.Organisation;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.Phase;
import org.incidentdesk.domain.plan.PlanPost;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.plan.RepeatUntil;
import org.incidentdesk.domain.plan.ReportForm;
import org.incidentdesk.domain.plan.ResponseTimes;
import org.incidentdesk.domain.plan.ReviewTime;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.domain.plan.WarningAuthority;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.UnitKind;

/**
 * Maps a plan document tree to a {@link ContingencyPlan}, field by field. Wrong shapes and unparseable values
 * become problems and leave the field empty; the plan's rules are checked afterwards by the reader.
 */
final class PlanMapper {
    private PlanMapper() {
    }

    /** The plan, or null when the document cannot be a plan at all (not a mapping, unsupported schema). */
    static ContingencyPlan map(DocNode root, Problems problems) {
        if (!(root instanceof DocNode.Mapping mapping)) {
            problems.add("", "plan.invalid.expectedMapping");
            return null;
        }
        Fields doc = new Fields(mapping, "", problems);
        if (!schemaSupported(doc)) {
            return null;
        }
        String id = doc.text("id");
        int revision = doc.requiredInt("revision");
        String name = doc.text("name");
        String issuer = doc.text("issuer");
        Scope scope = scope(doc);
        ContingencyPlan plan = new ContingencyPlan(
                id,
                revision,
                name,
                issuer,
                scope.text(),
                scope.origin(),
                doc.text("note"),
                doc.texts("basis"),
                doc.texts("principles"),
                organisation(doc.object("organisation")),
                doc.choice("levelScheme", LevelScheme.class),
                doc.list("levels", PlanMapper::level),
                doc.list("sensitivePeriods", PlanMapper::sensitivePeriod),
                doc.list("categories", PlanMapper::category),
                doc.list("deadlines", PlanMapper::deadline),
                doc.list("phases", PlanMapper::phase),
                doc.list("forms", PlanMapper::form),
                doc.texts("preparedness"),
                responseTimes(doc.object("responseTimes")),
                reviewTime(doc.object("reviewTime")));
        doc.finish();
        return plan;
    }

    private record Scope(String text, Origin origin) {
    }

    /**
     * {@code scope: 本预案适用于…} as the source writes it, or {@code scope: {text: …, default: true, note: …}} where
     * the source has no 适用范围 and the sentence is the template's default.
     */
    private static Scope scope(Fields doc) {
        if (doc.value("scope") instanceof DocNode.Mapping mapping) {
            Fields fields = new Fields(mapping, doc.pathOf("scope"), doc.problems());
            Scope scope = new Scope(fields.text("text"), fields.origin());
            fields.finish();
            return scope;
        }
        return new Scope(doc.text("scope"), Origin.PLAN_TEXT);
    }

    private static boolean schemaSupported(Fields doc) {
        if (!doc.has("schemaVersion")) {
            doc.problems().add("schemaVersion", "plan.invalid.required");
            return false;
        }
        Long version = doc.number("schemaVersion");
        if (version == null) {
            return false;
        }
        if (version != PlanDocument.SCHEMA_VERSION) {
            doc.problems().add("schemaVersion", "plan.invalid.schemaVersion", version, PlanDocument.SCHEMA_VERSION);
            return false;
        }
        return true;
    }

    private static Organisation organisation(Fields o) {
        if (o == null) {
            return Organisation.EMPTY;
        }
        Organisation organisation = new Organisation(
                o.list("units", PlanMapper::unit),
                o.list("roles", PlanMapper::role),
                o.list("warningAuthority", PlanMapper::warningAuthority));
        o.finish();
        return organisation;
    }

    private static PlanUnit unit(Fields o) {
        PlanUnit unit = new PlanUnit(o.text("id"), o.choice("kind", UnitKind.class), o.text("name"),
                o.text("hostUnit"), o.list("posts", PlanMapper::post), o.texts("duties"), o.flag("perIncident"),
                o.origin());
        o.finish();
        return unit;
    }

    private static PlanPost post(Fields o) {
        PlanPost post = new PlanPost(o.text("title"), o.text("heldBy"), o.origin());
        o.finish();
        return post;
    }

    private static PlanRole role(Fields o) {
        PlanRole role = new PlanRole(o.text("id"), o.text("name"), o.text("unit"), o.text("post"), o.origin());
        o.finish();
        return role;
    }

    private static WarningAuthority warningAuthority(Fields o) {
        WarningAuthority authority = new WarningAuthority(o.texts("levels"), o.text("role"), o.origin());
        o.finish();
        return authority;
    }

    private static WarningLevel level(Fields o) {
        WarningLevel level = new WarningLevel(o.text("id"), o.requiredInt("rank"), o.text("name"),
                o.choice("colour", WarningColour.class), o.text("definition"), o.choice("match", CriteriaMatch.class),
                o.list("criteria", PlanMapper::criterion), o.origin());
        o.finish();
        return level;
    }

    private static LevelCriterion criterion(Fields o) {
        String id = o.text("id");
        String text = o.text("text");
        Origin origin = o.origin();
        CriterionKind kind = o.choice("kind", CriterionKind.class);
        if (kind == null) {
            if (!o.has("kind")) {
                o.problems().add(o.pathOf("kind"), "plan.invalid.required");
            }
            return new ObservedCriterion(id, text, origin);
        }
        LevelCriterion criterion = switch (kind) {
            case OCCURRENCE -> new OccurrenceCriterion(id, o.choice("occurrence", Occurrence.class),
                    o.text("minSeverity"), text, origin);
            case OBSERVED -> new ObservedCriterion(id, text, origin);
            case METRIC -> metric(o, id, text, origin);
        };
        o.finish();
        return criterion;
    }

    private static MetricCriterion metric(Fields o, String id, String text, Origin origin) {
        Metric metric = o.choice("metric", Metric.class);
        Long threshold = o.number("threshold");
        if (threshold == null && !o.has("threshold")) {
            o.problems().add(o.pathOf("threshold"), "plan.invalid.required");
        }
        return new MetricCriterion(id, metric, threshold == null ? 1 : threshold, text, origin);
    }

    private static SensitivePeriod sensitivePeriod(Fields o) {
        boolean yearly = o.flag("yearly");
        String from = o.text("from");
        String to = o.text("to");
        PeriodDates dates = dates(o, yearly, from, to);
        SensitivePeriod period = new SensitivePeriod(o.text("id"), o.text("name"), dates, o.intOr("raise", 1),
                o.origin());
        o.finish();
        return period;
    }

    private static PeriodDates dates(Fields o, boolean yearly, String from, String to) {
        if (from == null) {
            o.problems().add(o.pathOf("from"), "plan.invalid.required");
        }
        if (to == null) {
            o.problems().add(o.pathOf("to"), "plan.invalid.required");
        }
        if (from == null || to == null) {
            return null;
        }
        if (yearly) {
            MonthDay start = monthDay(o, "from", from);
            MonthDay end = monthDay(o, "to", to);
            return start == null || end == null ? null : new PeriodDates.Yearly(start, end);
        }
        LocalDate start = date(o, "from", from);
        LocalDate end = date(o, "to", to);
        return start == null || end == null ? null : new PeriodDates.Fixed(start, end);
    }

    private static MonthDay monthDay(Fields o, String key, String text) {
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeParseException e) {
            o.problems().add(o.pathOf(key), "plan.invalid.date", text, "MM-dd");
            return null;
        }
    }

    private static LocalDate date(Fields o, String key, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            o.problems().add(o.pathOf(key), "plan.invalid.date", text, "yyyy-MM-dd");
            return null;
        }
    }

    private static EventCategory category(Fields o) {
        EventCategory category = new EventCategory(o.text("id"), o.choice("kind", CategoryKind.class),
                o.text("name"), o.text("definition"), o.text("response"), o.text("leadRole"), o.origin());
        o.finish();
        return category;
    }

    private static DeadlineRule deadline(Fields o) {
        Fields escalation = o.object("ifNotCalmed");
        DeadlineRule rule = new DeadlineRule(o.text("id"), o.text("action"), o.text("by"), o.text("to"),
                o.choice("timing", Timing.class), o.duration("duration"), o.choice("from", StartPoint.class),
                o.choice("until", RepeatUntil.class), o.texts("levels"), o.texts("categories"), o.text("form"),
                escalation == null ? null : escalation(escalation), o.origin());
        o.finish();
        return rule;
    }

    private static ResponseTimes responseTimes(Fields o) {
        if (o == null) {
            return null;
        }
        ResponseTimes times = new ResponseTimes(o.duration("immediately"), o.duration("remindAfterTop"), o.origin());
        o.finish();
        return times;
    }

    private static ReviewTime reviewTime(Fields o) {
        if (o == null) {
            return null;
        }
        ReviewTime time = new ReviewTime(o.duration("within"), o.origin());
        o.finish();
        return time;
    }

    private static Escalation escalation(Fields o) {
        Escalation escalation = new Escalation(o.text("escalateTo"), o.text("action"), o.text("by"), o.text("to"),
                o.origin());
        o.finish();
        return escalation;
    }

    private static Phase phase(Fields o) {
        Phase phase = new Phase(o.text("id"), o.text("name"), o.list("steps", PlanMapper::step), o.origin());
        o.finish();
        return phase;
    }

    private static ChecklistItem step(Fields o) {
        ChecklistItem step = new ChecklistItem(o.text("id"), o.text("text"), o.text("role"), o.text("form"),
                o.texts("levels"), o.origin());
        o.finish();
        return step;
    }

    private static ReportForm form(Fields o) {
        ReportForm form = new ReportForm(o.text("id"), o.choice("kind", FormKind.class), o.text("name"),
                o.items("contents", (item, path) -> formField(item, path, o.problems())), o.origin());
        o.finish();
        return form;
    }

    /** A content heading is written as plain text, or as {@code {name, levels}} when only some levels need it. */
    private static FormField formField(DocNode item, String path, Problems problems) {
        if (item instanceof DocNode.Scalar scalar) {
            return FormField.always(scalar.text());
        }
        if (item instanceof DocNode.Mapping mapping) {
            Fields o = new Fields(mapping, path, problems);
            FormField field = new FormField(o.text("name"), o.texts("levels"));
            o.finish();
            return field;
        }
        problems.add(path, "plan.invalid.expectedText");
        return FormField.always(null);
    }

    /** How a level criterion is spelled in the file: {@code kind: occurrence | observed | metric}. */
    enum CriterionKind {
        OCCURRENCE, OBSERVED, METRIC
    }
}
