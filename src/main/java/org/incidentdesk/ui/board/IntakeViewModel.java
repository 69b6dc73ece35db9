package org.incidentdesk.ui.board;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * Taking a report: quick (title, category, discovered now) or full (the seven Ws and R15's facts); and, after
 * {@link #edit}, correcting an incident's title, event time and facts (its category and discovery time stay: the
 * deadlines count from them). The problems are checked as the user types, by the same rules the service
 * applies, and listed in the UI's language; the form can be submitted only without problems. Times are typed
 * "2026-03-01 08:30" in the office's zone or ISO-8601 with an offset.
 */
public final class IntakeViewModel {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IncidentService incidents;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<EventCategory> categories;

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<EventCategory> category = new SimpleObjectProperty<>();
    private final StringProperty discovered = new SimpleStringProperty("");
    private final StringProperty happened = new SimpleStringProperty("");
    private final StringProperty when = new SimpleStringProperty("");
    private final StringProperty where = new SimpleStringProperty("");
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty what = new SimpleStringProperty("");
    private final StringProperty why = new SimpleStringProperty("");
    private final StringProperty how = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty firstPublished = new SimpleStringProperty("");
    private final StringProperty firstMedium = new SimpleStringProperty("");
    private final StringProperty firstPlatform = new SimpleStringProperty("");
    private final StringProperty firstAccount = new SimpleStringProperty("");
    private final StringProperty links = new SimpleStringProperty("");
    private final StringProperty spread = new SimpleStringProperty("");
    private final StringProperty trueSituation = new SimpleStringProperty("");
    private final StringProperty background = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Incident> editing = new ReadOnlyObjectWrapper<>();

    IntakeViewModel(IncidentService incidents, TaskRunner tasks, Failures failures, Messages messages, Clock clock,
                    ZoneId zone, ObservableList<EventCategory> categories) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.categories = categories;
        for (var p : List.of(title, discovered, happened, when, where, who, what, why, how, result, source,
                firstPublished, firstMedium, firstPlatform, firstAccount, links, spread, trueSituation, background)) {
            p.addListener((o, a, b) -> check());
        }
        category.addListener((o, a, b) -> check());
        check();
    }

    /** Empties every field for the next report (and leaves editing). */
    public void clear() {
        editing.set(null);
        for (var p : List.of(title, discovered, happened, when, where, who, what, why, how, result, source,
                firstPublished, firstMedium, firstPlatform, firstAccount, links, spread, trueSituation, background)) {
            p.set("");
        }
        category.set(null);
    }

    /** Fills the form with {@code incident} as it stands, so that submitting corrects its facts. */
    public void edit(Incident incident) {
        clear();
        IncidentFacts f = incident.facts();
        SevenWs w = f.sevenWs();
        title.set(incident.title());
        category.set(categories.stream().filter(c -> c.id().equals(incident.categoryId())).findFirst().orElse(null));
        discovered.set(typed(incident.discoveredAt()));
        happened.set(typed(incident.happenedAt()));
        when.set(w.when());
        where.set(w.where());
        who.set(w.who());
        what.set(w.what());
        why.set(w.why());
        how.set(w.how());
        result.set(w.result());
        source.set(f.source());
        firstPublished.set(typed(f.firstPublishedAt()));
        firstMedium.set(f.firstMedium());
        firstPlatform.set(f.firstPlatform());
        firstAccount.set(f.firstAccount());
        links.set(String.join("\n", f.links()));
        spread.set(f.spread());
        trueSituation.set(f.trueSituation());
        background.set(f.background());
        editing.set(incident);
        check();
    }

    private String typed(OffsetDateTime time) {
        return time == null ? "" : TYPED.format(time.atZoneSameInstant(zone));
    }

    private record Parsed(Intake intake, List<Violation> problems) {
    }

    private Parsed parse() {
        List<Violation> found = new ArrayList<>();
        OffsetDateTime discoveredAt = time(discovered.get(), "incident.discoveredAt", found);
        OffsetDateTime happenedAt = time(happened.get(), "incident.happenedAt", found);
        OffsetDateTime publishedAt = time(firstPublished.get(), "incident.firstPublishedAt", found);
        IncidentFacts facts = new IncidentFacts(new SevenWs(when.get(), where.get(), who.get(), what.get(), why.get(),
                how.get(), result.get()), source.get(), publishedAt, firstMedium.get(), firstPlatform.get(),
                firstAccount.get(), List.of(links.get().split("\\R")), spread.get(), trueSituation.get(),
                background.get());
        EventCategory chosen = category.get();
        Intake intake = new Intake(title.get(), chosen == null ? "" : chosen.id(), discoveredAt, happenedAt, facts);
        OffsetDateTime asDiscovered = discoveredAt != null ? discoveredAt : clock.instant().atZone(zone).toOffsetDateTime();
        Intake checked = new Intake(intake.title(), intake.categoryId(), asDiscovered, happenedAt, facts);
        if (editing.get() == null) {
            found.addAll(IncidentRules.checkIntake(checked, categories.stream().map(EventCategory::id).toList(),
                    clock.instant()));
        } else {
            IncidentRules.checkTitle(intake.title(), found);
            found.addAll(IncidentRules.checkFacts(facts, clock.instant()));
        }
        return new Parsed(intake, found);
    }

    private OffsetDateTime time(String text, String field, List<Violation> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(t, TYPED).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException notTyped) {
                found.add(Violation.of(field, "board.badTime", t));
                return null;
            }
        }
    }

    private void check() {
        problems.set(parse().problems().stream().map(messages::describe).toList());
    }

    /**
     * Takes the report, or saves the corrected facts when editing; {@code onTaken} gets the incident,
     * {@code onRefused} the messages.
     */
    public void submit(Consumer<Incident> onTaken, Consumer<List<String>> onRefused) {
        Parsed parsed = parse();
        if (!parsed.problems().isEmpty()) {
            onRefused.accept(parsed.problems().stream().map(messages::describe).toList());
            return;
        }
        Incident edited = editing.get();
        Intake form = parsed.intake();
        tasks.write(() -> edited == null ? incidents.intake(form)
                : incidents.updateFacts(edited, form.title(), form.happenedAt(), form.facts()), taken -> {
            clear();
            onTaken.accept(taken);
        }, failure -> failures.toForm(failure, problemsByField -> onRefused.accept(List.copyOf(problemsByField.values()))));
    }

    /** The incident whose facts the form corrects; null while taking a new report. */
    public ReadOnlyObjectProperty<Incident> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ObservableList<EventCategory> categories() {
        return categories;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<EventCategory> categoryProperty() {
        return category;
    }

    public StringProperty discoveredProperty() {
        return discovered;
    }

    public StringProperty happenedProperty() {
        return happened;
    }

    /** The fact fields of the full form, by their field name ({@code incident.when}, …), in form order. */
    public List<Map.Entry<String, StringProperty>> factFields() {
        return List.of(Map.entry("incident.when", when), Map.entry("incident.where", where),
                Map.entry("incident.who", who), Map.entry("incident.what", what),
                Map.entry("incident.why", why), Map.entry("incident.how", how),
                Map.entry("incident.result", result), Map.entry("incident.source", source),
                Map.entry("incident.firstPublishedAt", firstPublished),
                Map.entry("incident.firstMedium", firstMedium),
                Map.entry("incident.firstPlatform", firstPlatform),
                Map.entry("incident.firstAccount", firstAccount),
                Map.entry("incident.links", links), Map.entry("incident.spread", spread),
                Map.entry("incident.trueSituation", trueSituation),
                Map.entry("incident.background", background));
    }
}
