package org.incidentdesk.service.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ChecklistItem;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.FormField;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.Phase;
import org.incidentdesk.domain.plan.PlanPost;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.domain.plan.ReportForm;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.WarningAuthority;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.plan.document.PlanDocument.Block;
import org.incidentdesk.service.plan.document.PlanDocument.Entry;
import org.incidentdesk.service.plan.document.PlanDocument.ItemList;
import org.incidentdesk.service.plan.document.PlanDocument.Paragraph;
import org.incidentdesk.service.plan.document.PlanDocument.Section;

/**
 * Writes a plan as the document an office knows: 总则, 组织指挥体系及职责, 预警分级与发布, 应急响应与处置, 时限要求,
 * 后期处置, 保障. The plan's own wording is kept; only the framing (headings, "发现时起2小时内") comes from the
 * bundles, so the document follows the interface language. Pure: no database, no toolkit.
 */
public final class PlanDocumentBuilder {
    /** Phases with this id are the plan's after-the-event stage and go to 后期处置. */
    static final String AFTERMATH_PHASE = "aftermath";
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final Messages messages;
    private final PlanTerms terms;

    public PlanDocumentBuilder(Messages messages) {
        this.messages = messages;
        this.terms = new PlanTerms(messages);
    }

    /** The document of a built-in template. */
    public PlanDocument template(ContingencyPlan plan) {
        return build(plan, messages.get("plan.doc.subtitle.template", nullToEmpty(plan.issuer()), plan.id()));
    }

    /** The document of version {@code version} of an office plan. */
    public PlanDocument version(ContingencyPlan plan, int version) {
        return build(plan, messages.get("plan.doc.subtitle.version", nullToEmpty(plan.issuer()), version));
    }

    PlanDocument build(ContingencyPlan plan, String subtitle) {
        List<Section> sections = List.of(
                general(plan), organisation(plan), warning(plan), response(plan), deadlines(plan),
                aftermath(plan), preparedness(plan));
        List<Section> numbered = IntStream.range(0, sections.size())
                .mapToObj(i -> renumber(sections.get(i), topNumber(i + 1))).toList();
        return new PlanDocument(plan.name(), subtitle, numbered);
    }

    // ---- 一、总则

    private Section general(ContingencyPlan plan) {
        List<Section> subs = new ArrayList<>();
        if (present(plan.scope())) {
            subs.add(sub("plan.doc.sub.scope", paragraph(null, plan.scope(), plan.scopeOrigin(), "scope")));
        }
        if (!plan.basis().isEmpty()) {
            subs.add(sub("plan.doc.sub.basis", texts(plan.basis(), "basis", false)));
        }
        if (!plan.principles().isEmpty()) {
            subs.add(sub("plan.doc.sub.principles", texts(plan.principles(), "principles", true)));
        }
        if (present(plan.note())) {
            subs.add(sub("plan.doc.sub.note", paragraph(null, plan.note(), null, "note")));
        }
        return section("plan.doc.section.general", List.of(), subs);
    }

    // ---- 二、组织指挥体系及职责

    private Section organisation(ContingencyPlan plan) {
        List<Section> subs = new ArrayList<>();
        for (PlanUnit unit : plan.organisation().units()) {
            subs.add(unitSection(unit));
        }
        if (!plan.organisation().roles().isEmpty()) {
            List<Entry> roles = plan.organisation().roles().stream().map(r -> roleEntry(plan, r)).toList();
            subs.add(sub("plan.doc.sub.roles", new ItemList(roles, false)));
        }
        return section("plan.doc.section.organisation", List.of(), subs);
    }

    private Section unitSection(PlanUnit unit) {
        String ref = "units/" + unit.id();
        List<Block> blocks = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        facts.add(terms.of(unit.kind()));
        if (present(unit.hostUnit())) {
            facts.add(messages.get("plan.doc.unit.host", unit.hostUnit()));
        }
        if (unit.perIncident()) {
            facts.add(messages.get("plan.doc.unit.perIncident"));
        }
        blocks.add(paragraph(null, String.join(messages.get("plan.doc.detailSeparator"), facts), unit.origin(), ref));
        if (!unit.posts().isEmpty()) {
            List<Entry> posts = new ArrayList<>();
            for (int i = 0; i < unit.posts().size(); i++) {
                PlanPost post = unit.posts().get(i);
                posts.add(present(post.heldBy()) ? new Entry(post.title(), post.heldBy(), post.origin(), ref + "/posts/" + i)
                        : new Entry(null, post.title() + messages.get("plan.doc.post.vacant"), post.origin(),
                        ref + "/posts/" + i));
            }
            blocks.add(new ItemList(posts, false));
        }
        if (!unit.duties().isEmpty()) {
            blocks.add(paragraph(null, messages.get("plan.doc.unit.duties"), null, null));
            List<Entry> duties = new ArrayList<>();
            for (int i = 0; i < unit.duties().size(); i++) {
                // the unit's note is shown once, on its first line; each duty only carries the mark
                duties.add(new Entry(null, unit.duties().get(i), new Origin(unit.origin().defaulted(), null),
                        ref + "/duties/" + i));
            }
            blocks.add(new ItemList(duties, true));
        }
        return new Section("", unit.name(), blocks, List.of());
    }

    private Entry roleEntry(ContingencyPlan plan, PlanRole role) {
        String holder;
        if (role.unit() == null) {
            holder = messages.get("plan.doc.role.unbound");
        } else {
            String unitName = plan.organisation().unit(role.unit()).map(PlanUnit::name).orElse(role.unit());
            holder = role.post() == null ? unitName : messages.get("plan.doc.role.post", unitName, role.post());
        }
        return new Entry(role.name(), holder, role.origin(), "roles/" + role.id());
    }

    // ---- 三、预警分级与发布

    private Section warning(ContingencyPlan plan) {
        List<Block> blocks = new ArrayList<>();
        if (plan.levelScheme() != null) {
            String levels = terms.list(plan.levelsBySeverity().stream().map(terms::levelHeading).toList());
            blocks.add(paragraph(null, messages.get("plan.doc.level.scheme", terms.of(plan.levelScheme()), levels),
                    null, null));
        }
        List<Section> subs = new ArrayList<>();
        for (WarningLevel level : plan.levelsBySeverity()) {
            String ref = "levels/" + level.id();
            List<Block> levelBlocks = new ArrayList<>();
            if (present(level.definition())) {
                levelBlocks.add(paragraph(null, level.definition(), level.origin(), ref));
            }
            if (!level.criteria().isEmpty()) {
                levelBlocks.add(paragraph(null, messages.get("plan.doc.level.criteria", terms.of(level.match())),
                        null, null));
                levelBlocks.add(new ItemList(level.criteria().stream()
                        .map(c -> new Entry(null, c.text(), c.origin(), ref + "/criteria/" + c.id())).toList(), true));
            }
            subs.add(new Section("", terms.levelHeading(level), levelBlocks, List.of()));
        }
        if (!plan.sensitivePeriods().isEmpty()) {
            subs.add(sub("plan.doc.sub.periods", new ItemList(plan.sensitivePeriods().stream()
                    .map(this::periodEntry).toList(), false)));
        }
        List<WarningAuthority> authority = plan.organisation().warningAuthority();
        if (!authority.isEmpty()) {
            List<Entry> entries = IntStream.range(0, authority.size()).mapToObj(i -> new Entry(
                    terms.levels(plan, authority.get(i).levels()), terms.role(plan, authority.get(i).role()),
                    authority.get(i).origin(), "authority/" + i)).toList();
            subs.add(sub("plan.doc.sub.authority", new ItemList(entries, false)));
        }
        return section("plan.doc.section.warning", blocks, subs);
    }

    private Entry periodEntry(SensitivePeriod period) {
        String dates = switch (period.dates()) {
            case PeriodDates.Yearly y -> messages.get("plan.doc.period.yearly", monthDay(y.from().getMonthValue(),
                    y.from().getDayOfMonth()), monthDay(y.to().getMonthValue(), y.to().getDayOfMonth()));
            case PeriodDates.Fixed f -> messages.get("plan.doc.period.fixed", f.from().toString(), f.to().toString());
            case null -> "";
        };
        return new Entry(period.name(), dates + messages.get("plan.doc.period.raise", period.raise()),
                period.origin(), "periods/" + period.id());
    }

    private String monthDay(int month, int day) {
        return messages.get("plan.doc.monthDay", month, day);
    }

    // ---- 四、应急响应与处置 and 六、后期处置

    private Section response(ContingencyPlan plan) {
        List<Section> subs = new ArrayList<>(plan.phases().stream()
                .filter(p -> !AFTERMATH_PHASE.equals(p.id())).map(p -> phaseSection(plan, p)).toList());
        if (!plan.categories().isEmpty()) {
            subs.add(sub("plan.doc.sub.categories", new ItemList(plan.categories().stream()
                    .map(c -> categoryEntry(plan, c)).toList(), true)));
        }
        return section("plan.doc.section.response", List.of(), subs);
    }

    private Section aftermath(ContingencyPlan plan) {
        List<Phase> phases = plan.phases().stream().filter(p -> AFTERMATH_PHASE.equals(p.id())).toList();
        if (phases.isEmpty()) {
            return section("plan.doc.section.aftermath", List.of(none()), List.of());
        }
        List<Block> blocks = new ArrayList<>();
        for (Phase phase : phases) {
            blocks.addAll(phaseBlocks(plan, phase));
        }
        return section("plan.doc.section.aftermath", blocks, List.of());
    }

    private Section phaseSection(ContingencyPlan plan, Phase phase) {
        return new Section("", phase.name(), phaseBlocks(plan, phase), List.of());
    }

    private List<Block> phaseBlocks(ContingencyPlan plan, Phase phase) {
        String ref = "phases/" + phase.id();
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(messages.get("plan.doc.phase"), phase.name(), phase.origin(), ref));
        blocks.add(new ItemList(phase.steps().stream().map(s -> stepEntry(plan, ref, s)).toList(), true));
        return blocks;
    }

    private Entry stepEntry(ContingencyPlan plan, String phaseRef, ChecklistItem step) {
        List<String> details = new ArrayList<>();
        if (step.role() != null) {
            details.add(messages.get("plan.doc.detail.by", terms.role(plan, step.role())));
        }
        if (!step.levels().isEmpty()) {
            details.add(messages.get("plan.doc.detail.levels", terms.levels(plan, step.levels())));
        }
        if (step.form() != null) {
            details.add(messages.get("plan.doc.detail.form", terms.form(plan, step.form())));
        }
        return new Entry(null, step.text() + details(details), step.origin(), phaseRef + "/steps/" + step.id());
    }

    private Entry categoryEntry(ContingencyPlan plan, EventCategory category) {
        String definition = present(category.definition()) ? category.definition() : category.name();
        List<String> details = new ArrayList<>();
        if (category.leadRole() != null) {
            details.add(messages.get("plan.doc.detail.lead", terms.role(plan, category.leadRole())));
        }
        String lead = present(category.definition())
                ? messages.get("common.withNote", category.name(), terms.of(category.kind())) : terms.of(category.kind());
        return new Entry(lead, definition + messages.get("plan.doc.category.then") + category.response()
                + details(details), category.origin(), "categories/" + category.id());
    }

    // ---- 五、时限要求

    private Section deadlines(ContingencyPlan plan) {
        List<Block> blocks = new ArrayList<>();
        if (plan.deadlines().isEmpty()) {
            blocks.add(none());
        } else {
            blocks.add(new ItemList(plan.deadlines().stream().map(r -> ruleEntry(plan, r)).toList(), true));
        }
        List<Section> subs = new ArrayList<>();
        if (!plan.forms().isEmpty()) {
            subs.add(sub("plan.doc.sub.forms", new ItemList(plan.forms().stream()
                    .map(f -> formEntry(plan, f)).toList(), false)));
        }
        return section("plan.doc.section.deadlines", blocks, subs);
    }

    private Entry ruleEntry(ContingencyPlan plan, DeadlineRule rule) {
        String who = rule.to() == null ? terms.role(plan, rule.by())
                : messages.get("plan.doc.rule.byTo", terms.role(plan, rule.by()), terms.role(plan, rule.to()));
        List<String> details = new ArrayList<>();
        if (!rule.levels().isEmpty()) {
            details.add(messages.get("plan.doc.detail.levels", terms.levels(plan, rule.levels())));
        }
        if (!rule.categories().isEmpty()) {
            details.add(messages.get("plan.doc.detail.categories", terms.categories(plan, rule.categories())));
        }
        if (rule.form() != null) {
            details.add(messages.get("plan.doc.detail.form", terms.form(plan, rule.form())));
        }
        StringBuilder text = new StringBuilder(who).append(messages.get("plan.doc.colon")).append(rule.action())
                .append(details(details));
        if (rule.ifNotCalmed() != null) {
            var escalation = rule.ifNotCalmed();
            text.append(messages.get("plan.doc.rule.escalation", escalation.action(), terms.role(plan, escalation.by()),
                    terms.levelName(plan, escalation.toLevel())));
        }
        return new Entry(terms.when(rule), text.toString(), rule.origin(), "deadlines/" + rule.id());
    }

    private Entry formEntry(ContingencyPlan plan, ReportForm form) {
        List<String> contents = form.contents().stream().map(f -> formField(plan, f)).toList();
        String lead = messages.get("common.withNote", form.name(), terms.of(form.kind()));
        return new Entry(lead, terms.list(contents), form.origin(), "forms/" + form.id());
    }

    private String formField(ContingencyPlan plan, FormField field) {
        return field.levels().isEmpty() ? field.name()
                : messages.get("plan.doc.form.onlyLevels", field.name(), terms.levels(plan, field.levels()));
    }

    // ---- 七、保障

    private Section preparedness(ContingencyPlan plan) {
        Block block = plan.preparedness().isEmpty() ? none() : texts(plan.preparedness(), "preparedness", true);
        return section("plan.doc.section.preparedness", List.of(block), List.of());
    }

    // ---- building blocks

    private String details(List<String> details) {
        return details.isEmpty() ? "" : messages.get("plan.doc.details", String.join(messages.get("plan.doc.detailSeparator"), details));
    }

    private Block none() {
        return paragraph(null, messages.get("plan.doc.none"), null, null);
    }

    private static Block paragraph(String lead, String text, Origin origin, String ref) {
        return new Paragraph(new Entry(lead, text, origin, ref));
    }

    private static Block texts(List<String> items, String refPrefix, boolean numbered) {
        return new ItemList(IntStream.range(0, items.size())
                .mapToObj(i -> new Entry(null, items.get(i), null, refPrefix + "/" + i)).toList(), numbered);
    }

    private Section section(String headingKey, List<Block> blocks, List<Section> subs) {
        return new Section("", messages.get(headingKey), blocks, subs);
    }

    private Section sub(String headingKey, Block block) {
        return new Section("", messages.get(headingKey), List.of(block), List.of());
    }

    private Section renumber(Section top, String number) {
        List<Section> subs = IntStream.range(0, top.subsections().size())
                .mapToObj(i -> withNumber(top.subsections().get(i), subNumber(i + 1))).toList();
        return new Section(number, top.heading(), top.blocks(), subs);
    }

    private static Section withNumber(Section section, String number) {
        return new Section(number, section.heading(), section.blocks(), section.subsections());
    }

    private String topNumber(int n) {
        return messages.get("plan.doc.number.top", chinese(n), String.valueOf(n));
    }

    private String subNumber(int n) {
        return messages.get("plan.doc.number.sub", chinese(n), String.valueOf(n));
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (plans have fewer than a hundred parts). */
    static String chinese(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + DIGITS[n % 10];
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
