package org.incidentdesk.service.plan.format;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.CriteriaMatch;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.Escalation;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.FormField;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.OccurrenceCriterion;
import org.incidentdesk.domain.plan.Organisation;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.Phase;
import org.incidentdesk.domain.plan.PlanEnums;
import org.incidentdesk.domain.plan.PlanPost;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.plan.ReportForm;
import org.incidentdesk.domain.plan.ResponseTimes;
import org.incidentdesk.domain.plan.ReviewTime;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningAuthority;
import org.incidentdesk.domain.plan.WarningLevel;

/**
 * A plan as a plain tree of maps, lists, texts, numbers and booleans, in the document's field order: what the
 * writer serialises and what the diff compares. Empty values are left out; the reader reads them back as the
 * same defaults, so reading what was written gives the same plan.
 */
public final class PlanTree {
    private PlanTree() {
    }

    public static Map<String, Object> of(ContingencyPlan plan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", PlanDocument.SCHEMA_VERSION);
        put(doc, "id", plan.id());
        doc.put("revision", plan.revision());
        put(doc, "name", plan.name());
        put(doc, "issuer", plan.issuer());
        put(doc, "scope", scope(plan));
        put(doc, "note", plan.note());
        put(doc, "basis", plan.basis());
        put(doc, "principles", plan.principles());
        put(doc, "organisation", organisation(plan.organisation()));
        put(doc, "levelScheme", plan.levelScheme() == null ? null : PlanEnums.spell(plan.levelScheme()));
        put(doc, "levels", each(plan.levels(), PlanTree::level));
        put(doc, "sensitivePeriods", each(plan.sensitivePeriods(), PlanTree::sensitivePeriod));
        put(doc, "categories", each(plan.categories(), PlanTree::category));
        put(doc, "deadlines", each(plan.deadlines(), PlanTree::deadline));
        put(doc, "responseTimes", responseTimes(plan.responseTimes()));
        put(doc, "reviewTime", reviewTime(plan.reviewTime()));
        put(doc, "phases", each(plan.phases(), PlanTree::phase));
        put(doc, "forms", each(plan.forms(), PlanTree::form));
        put(doc, "preparedness", plan.preparedness());
        return doc;
    }

    /** The scope as plain text, or with its default mark and note where the template wrote it. */
    private static Object scope(ContingencyPlan plan) {
        if (plan.scope() == null || plan.scopeOrigin().equals(Origin.PLAN_TEXT)) {
            return plan.scope();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "text", plan.scope());
        origin(map, plan.scopeOrigin());
        return map;
    }

    private static Map<String, Object> responseTimes(ResponseTimes t) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "immediately", t.immediately() == null ? null : t.immediately().toString());
        put(map, "remindAfterTop", t.remindAfterTop() == null ? null : t.remindAfterTop().toString());
        origin(map, t.origin());
        return map;
    }

    private static Map<String, Object> reviewTime(ReviewTime t) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "within", t.within() == null ? null : t.within().toString());
        origin(map, t.origin());
        return map;
    }

    private static Map<String, Object> organisation(Organisation o) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "units", each(o.units(), PlanTree::unit));
        put(map, "roles", each(o.roles(), PlanTree::role));
        put(map, "warningAuthority", each(o.warningAuthority(), PlanTree::warningAuthority));
        return map;
    }

    private static Map<String, Object> unit(PlanUnit u) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", u.id());
        put(map, "kind", u.kind() == null ? null : PlanEnums.spell(u.kind()));
        put(map, "name", u.name());
        put(map, "hostUnit", u.hostUnit());
        put(map, "posts", each(u.posts(), PlanTree::post));
        put(map, "duties", u.duties());
        flag(map, "perIncident", u.perIncident());
        origin(map, u.origin());
        return map;
    }

    private static Map<String, Object> post(PlanPost p) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "title", p.title());
        put(map, "heldBy", p.heldBy());
        origin(map, p.origin());
        return map;
    }

    private static Map<String, Object> role(PlanRole r) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", r.id());
        put(map, "name", r.name());
        put(map, "unit", r.unit());
        put(map, "post", r.post());
        origin(map, r.origin());
        return map;
    }

    private static Map<String, Object> warningAuthority(WarningAuthority a) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "levels", a.levels());
        put(map, "role", a.role());
        origin(map, a.origin());
        return map;
    }

    private static Map<String, Object> level(WarningLevel l) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", l.id());
        map.put("rank", l.rank());
        put(map, "name", l.name());
        put(map, "colour", l.colour() == null ? null : PlanEnums.spell(l.colour()));
        put(map, "definition", l.definition());
        if (l.match() != CriteriaMatch.ANY) {
            map.put("match", PlanEnums.spell(l.match()));
        }
        put(map, "criteria", each(l.criteria(), PlanTree::criterion));
        origin(map, l.origin());
        return map;
    }

    private static Map<String, Object> criterion(LevelCriterion c) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", c.id());
        if (c instanceof OccurrenceCriterion o) {
            map.put("kind", "occurrence");
            put(map, "occurrence", o.occurrence() == null ? null : PlanEnums.spell(o.occurrence()));
            put(map, "minSeverity", o.minSeverity());
        } else if (c instanceof MetricCriterion m) {
            map.put("kind", "metric");
            put(map, "metric", m.metric() == null ? null : PlanEnums.spell(m.metric()));
            map.put("threshold", m.threshold());
        } else if (c instanceof ObservedCriterion) {
            map.put("kind", "observed");
        }
        put(map, "text", c.text());
        origin(map, c.origin());
        return map;
    }

    private static Map<String, Object> sensitivePeriod(SensitivePeriod p) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", p.id());
        put(map, "name", p.name());
        if (p.dates() instanceof PeriodDates.Yearly yearly) {
            map.put("yearly", true);
            map.put("from", monthDay(yearly.from()));
            map.put("to", monthDay(yearly.to()));
        } else if (p.dates() instanceof PeriodDates.Fixed fixed) {
            map.put("from", fixed.from().toString());
            map.put("to", fixed.to().toString());
        }
        map.put("raise", p.raise());
        origin(map, p.origin());
        return map;
    }

    /** {@code 10-01}: MonthDay prints {@code --10-01}. */
    private static String monthDay(MonthDay day) {
        return day.toString().substring(2);
    }

    private static Map<String, Object> category(EventCategory c) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", c.id());
        put(map, "kind", c.kind() == null ? null : PlanEnums.spell(c.kind()));
        put(map, "name", c.name());
        put(map, "definition", c.definition());
        put(map, "response", c.response());
        put(map, "leadRole", c.leadRole());
        origin(map, c.origin());
        return map;
    }

    private static Map<String, Object> deadline(DeadlineRule d) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", d.id());
        put(map, "action", d.action());
        put(map, "by", d.by());
        put(map, "to", d.to());
        put(map, "timing", d.timing() == null ? null : PlanEnums.spell(d.timing()));
        put(map, "duration", d.duration() == null ? null : d.duration().toString());
        put(map, "from", d.from() == null ? null : PlanEnums.spell(d.from()));
        put(map, "until", d.until() == null ? null : PlanEnums.spell(d.until()));
        put(map, "levels", d.levels());
        put(map, "categories", d.categories());
        put(map, "form", d.form());
        put(map, "ifNotCalmed", d.ifNotCalmed() == null ? null : escalation(d.ifNotCalmed()));
        origin(map, d.origin());
        return map;
    }

    private static Map<String, Object> escalation(Escalation e) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "escalateTo", e.toLevel());
        put(map, "action", e.action());
        put(map, "by", e.by());
        put(map, "to", e.to());
        origin(map, e.origin());
        return map;
    }

    private static Map<String, Object> phase(Phase p) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", p.id());
        put(map, "name", p.name());
        put(map, "steps", each(p.steps(), PlanTree::step));
        origin(map, p.origin());
        return map;
    }

    private static Map<String, Object> step(ChecklistItem s) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", s.id());
        put(map, "text", s.text());
        put(map, "role", s.role());
        put(map, "form", s.form());
        put(map, "levels", s.levels());
        origin(map, s.origin());
        return map;
    }

    private static Map<String, Object> form(ReportForm f) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", f.id());
        put(map, "kind", f.kind() == null ? null : PlanEnums.spell(f.kind()));
        put(map, "name", f.name());
        put(map, "contents", each(f.contents(), PlanTree::formField));
        origin(map, f.origin());
        return map;
    }

    private static Object formField(FormField field) {
        if (field.levels().isEmpty()) {
            return field.name();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "name", field.name());
        put(map, "levels", field.levels());
        return map;
    }

    private static void origin(Map<String, Object> map, Origin origin) {
        flag(map, "default", origin.defaulted());
        put(map, "note", origin.note());
    }

    private static void flag(Map<String, Object> map, String key, boolean value) {
        if (value) {
            map.put(key, true);
        }
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        boolean empty = value == null
                || value instanceof List<?> list && list.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
        if (!empty) {
            map.put(key, value);
        }
    }

    private static <T> List<Object> each(List<T> items, Function<T, Object> mapper) {
        List<Object> mapped = new ArrayList<>();
        for (T item : items) {
            mapped.add(mapper.apply(item));
        }
        return mapped;
    }
}
