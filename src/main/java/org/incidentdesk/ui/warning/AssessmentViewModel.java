package org.incidentdesk.ui.warning;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.ExpertOpinion;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.warning.CriterionCheck;
import org.incidentdesk.service.warning.WarningAssessment;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The one assessment (研判) of an incident, the same on the incident's 研判 tab and on the warning panel: the
 * plan's criteria as a checklist a person ticks (criteria measured by metrics follow the metrics), the incident's
 * facts and latest metrics beside them, the proposed level with its reasons and the sensitive-period raise, or
 * 未达到预警条件; confirm or override (with a reason), stored with the ticks; the earlier assessments as history;
 * and the expert opinions, to which one can be added. Ticks not yet recorded survive a reload of the same incident.
 */
public final class AssessmentViewModel {
    /** What the board reads in one go: the assessment, the incident and its plan. */
    record Loaded(WarningAssessment assessment, IncidentDetail detail, ContingencyPlan plan,
                  java.util.Set<String> ticked) {
    }

    private final WarningService warnings;
    private final IncidentService incidents;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Messages messages;
    private final ZoneId zone;
    private IncidentRef incident;
    private Runnable onDecided = () -> { };

    private final ObservableList<CriterionCheck> checklist = FXCollections.observableArrayList();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> facts = FXCollections.observableArrayList();
    private final ObservableList<ExpertOpinion> opinions = FXCollections.observableArrayList();
    private final ObservableList<WarningLevel> levels = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<WarningLevel> overrideLevel =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper proposal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper raise = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noCondition = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(false);
    private final StringProperty expert = new SimpleStringProperty("");
    private final StringProperty judgement = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<WarningLevel> opinionLevel =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper opinionProblem = new ReadOnlyStringWrapper("");
    private final java.util.Set<String> established = new java.util.LinkedHashSet<>();
    private Loaded current;

    public AssessmentViewModel(WarningService warnings, IncidentService incidents, TaskRunner tasks, Failures failures,
                               Messages messages, ZoneId zone, IncidentRef incident) {
        this.warnings = warnings;
        this.incidents = incidents;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.zone = zone;
        this.incident = incident;
    }

    /**
     * Shows incident {@code next}: another incident starts from the ticks its record keeps; the same one keeps the
     * ticks not yet recorded.
     */
    public void show(IncidentRef next) {
        if (incident == null || next.id() != incident.id()) {
            incident = next;
            current = null;
            established.clear();
            loaded.set(false);
        }
        load();
    }

    /** Runs after a decision is stored (the incident's level and phase changed). */
    public void setOnDecided(Runnable action) {
        onDecided = action == null ? () -> { } : action;
    }

    /**
     * Assesses the incident (off the JavaFX thread) on what its record knows and the criteria ticked, and shows the
     * result; nothing is recorded. The first load of an incident takes the ticks of its latest assessment.
     */
    public void load() {
        long id = incident.id();
        boolean fromRecord = current == null;
        java.util.Set<String> ticked = java.util.Set.copyOf(established);
        tasks.refresh("assessment-" + System.identityHashCode(this), () -> {
            IncidentDetail detail = incidents.detail(id);
            ContingencyPlan plan = incidents.planOf(detail.incident());
            java.util.Collection<String> basis = fromRecord ? detail.assessments().stream()
                    .reduce((first, second) -> second).map(a -> (java.util.Collection<String>) a.established())
                    .orElse(List.of()) : ticked;
            return new Loaded(warnings.board().assess(id, IncidentService.establishedFacts(plan, basis)), detail, plan,
                    java.util.Set.copyOf(basis));
        }, next -> {
            if (next.detail().incident().id() == incident.id()) {
                apply(next);
            }
        }, failure -> failures.show("warningui.assess.title", failure));
    }

    /**
     * The assessor establishes (or withdraws) a criterion the record cannot know: that an event of that severity
     * has happened here, or a media spread observed. Criteria measured by metrics follow the metrics.
     */
    public void establish(CriterionCheck check, boolean holds) {
        if (!establishable(check)) {
            return;
        }
        if (holds) {
            established.add(check.criterionId());
        } else {
            established.remove(check.criterionId());
        }
        load();
    }

    /** True for a criterion the assessor may tick (not one measured by a metric). */
    public boolean establishable(CriterionCheck check) {
        return current != null && current.plan().criteria().filter(c -> c.id().equals(check.criterionId()))
                .anyMatch(IncidentService::establishable);
    }

    public boolean isEstablished(CriterionCheck check) {
        return established.contains(check.criterionId());
    }

    /**
     * Records this assessment on the incident with its ticks (its proposal is what an issued level is checked
     * against; the undecided one is replaced, not added to), then hands on to the issue form.
     */
    public void recordThen(Runnable next) {
        if (current == null) {
            return;
        }
        long id = incident.id();
        java.util.Set<String> ticked = java.util.Set.copyOf(established);
        tasks.write(() -> incidents.assess(id, ticked), recorded -> next.run(),
                failure -> failures.show("warningui.assess.title", failure));
    }

    /** Records the assessment with its ticks and takes its proposed level as the incident's level. */
    public void confirm() {
        decide(assessment -> incidents.confirm(assessment.id()));
    }

    /** Records the assessment with its ticks and decides the level chosen, for the reason written. */
    public void override() {
        String levelId = overrideLevel.get() == null ? null : overrideLevel.get().id();
        String reason = overrideReason.get();
        decide(assessment -> incidents.override(assessment.id(), levelId, reason));
    }

    private void decide(java.util.function.Function<org.incidentdesk.domain.incident.Assessment, ?> decision) {
        if (current == null) {
            return;
        }
        long id = incident.id();
        java.util.Set<String> ticked = java.util.Set.copyOf(established);
        tasks.write(() -> decision.apply(incidents.assess(id, ticked)), decided -> {
            overrideReason.set("");
            overrideLevel.set(null);
            current = null; // the record now holds the ticks
            load();
            onDecided.run();
        }, failure -> {
            failures.show("board.action.assess", failure);
            load();
        });
    }

    private void apply(Loaded next) {
        current = next;
        established.clear();
        established.addAll(next.ticked());
        List<org.incidentdesk.domain.incident.Assessment> all = next.detail().assessments();
        settled.set(!all.isEmpty() && all.getLast().isDecided()
                && java.util.Set.copyOf(all.getLast().established()).equals(java.util.Set.copyOf(established)));
        history.setAll(next.detail().assessments().reversed().stream().map(this::historyLine).toList());
        WarningAssessment assessment = next.assessment();
        checklist.setAll(assessment.checklist());
        reasons.setAll(assessment.reasons().stream().map(r -> r.describe(messages)).toList());
        opinions.setAll(assessment.opinions());
        levels.setAll(next.plan().levelsBySeverity());
        noCondition.set(assessment.noWarningCondition());
        proposal.set(assessment.proposed().map(l -> messages.get("warningui.assess.proposed",
                WarningTexts.level(messages, l))).orElseGet(() -> messages.get("warningui.assess.noCondition")));
        raise.set(assessment.raised() ? messages.get("warningui.assess.raised",
                WarningTexts.steps(messages, stepsRaised(assessment)), assessment.assessedBeforeRaise().orElseThrow().id(),
                assessment.proposed().orElseThrow().id()) : "");
        facts.setAll(factLines(next.detail()));
        loaded.set(true);
    }

    /** One assessment of the record: when, the proposal, what was decided, by whom and why. */
    private String historyLine(org.incidentdesk.domain.incident.Assessment a) {
        String proposed = a.proposesLevel() ? messages.get("board.assess.proposed", a.proposed().label())
                : messages.get("incident.noWarningCondition");
        String decided = a.decided() == null ? "" : " → " + a.decided().label();
        String reason = a.overrideReason() == null ? "" : "（" + a.overrideReason() + "）";
        return a.assessedAt().atZone(zone).format(WarningTexts.TIME) + "  " + proposed + decided + "  "
                + messages.name(a.decision()) + reason + (a.decidedBy() == null ? "" : "  " + a.decidedBy());
    }

    private static int stepsRaised(WarningAssessment assessment) {
        return assessment.assessedBeforeRaise().orElseThrow().rank() - assessment.proposed().orElseThrow().rank();
    }

    private List<String> factLines(IncidentDetail detail) {
        Incident incident = detail.incident();
        IncidentFacts f = incident.facts();
        List<String> lines = new ArrayList<>();
        line(lines, "warningui.fact.category", current.plan().category(incident.categoryId())
                .map(c -> c.name()).orElse(incident.categoryId()));
        line(lines, "warningui.fact.level", incident.level() == null ? messages.get("warningui.fact.undecided")
                : incident.level().label());
        line(lines, "warningui.fact.phase", messages.name(incident.phase()));
        line(lines, "warningui.fact.discovered", incident.discoveredAt() == null ? ""
                : incident.discoveredAt().atZoneSameInstant(zone).format(WarningTexts.TIME));
        line(lines, "warningui.fact.what", f.sevenWs().what());
        line(lines, "warningui.fact.where", f.sevenWs().where());
        line(lines, "warningui.fact.spread", f.spread());
        line(lines, "warningui.fact.trueSituation", f.trueSituation());
        if (!detail.metrics().isEmpty()) {
            MetricPoint latest = detail.metrics().getLast();
            lines.add(messages.get("warningui.fact.metrics", latest.at().atZoneSameInstant(zone).format(WarningTexts.TIME),
                    orDash(latest.reads()), orDash(latest.comments()), orDash(latest.reposts()), orDash(latest.heatIndex())));
        } else {
            lines.add(messages.get("warningui.fact.noMetrics"));
        }
        return lines;
    }

    private void line(List<String> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(messages.get(key, value));
        }
    }

    private static String orDash(Long value) {
        return value == null ? "—" : value.toString();
    }

    /** Records an expert's judgement; who and what are required, the level is optional. */
    public void addOpinion() {
        String who = expert.get() == null ? "" : expert.get().strip();
        String what = judgement.get() == null ? "" : judgement.get().strip();
        if (who.isEmpty() || what.isEmpty()) {
            opinionProblem.set(messages.get("warningui.opinion.required"));
            return;
        }
        opinionProblem.set("");
        String levelId = opinionLevel.get() == null ? null : opinionLevel.get().id();
        tasks.write(() -> warnings.board().recordOpinion(incident.id(), who, what, levelId), recorded -> {
            opinions.add(recorded);
            expert.set("");
            judgement.set("");
            opinionLevel.set(null);
        }, failure -> opinionProblem.set(failures.describe(failure)));
    }

    /** The level a level id names in the incident's plan, if the board has loaded. */
    public Optional<WarningLevel> level(String levelId) {
        return levelId == null ? Optional.empty() : levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    public String levelText(String levelId) {
        return level(levelId).map(l -> WarningTexts.level(messages, l)).orElse(levelId == null ? "" : levelId);
    }

    public String opinionText(ExpertOpinion opinion) {
        String when = WarningTexts.at(opinion.at(), zone);
        return opinion.levelId() == null
                ? messages.get("warningui.opinion.line", opinion.expert(), opinion.judgement(), when)
                : messages.get("warningui.opinion.lineWithLevel", opinion.expert(), opinion.judgement(), when,
                        levelText(opinion.levelId()));
    }

    public IncidentRef incident() {
        return incident;
    }

    /** The assessment as loaded; empty until then. */
    public Optional<WarningAssessment> assessment() {
        return current == null ? Optional.empty() : Optional.of(current.assessment());
    }

    Optional<ContingencyPlan> plan() {
        return current == null ? Optional.empty() : Optional.of(current.plan());
    }

    Optional<Incident> incidentRecord() {
        return current == null ? Optional.empty() : Optional.of(current.detail().incident());
    }

    public ObservableList<CriterionCheck> checklist() {
        return checklist;
    }

    /** The incident's assessments as lines, newest first. */
    public ObservableList<String> history() {
        return history;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public javafx.beans.property.ObjectProperty<WarningLevel> overrideLevelProperty() {
        return overrideLevel;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ObservableList<String> facts() {
        return facts;
    }

    public ObservableList<ExpertOpinion> opinions() {
        return opinions;
    }

    public ObservableList<WarningLevel> levels() {
        return levels;
    }

    public ReadOnlyStringProperty proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    /** "按敏感时期上调一级：III→II", empty when nothing was raised. */
    public ReadOnlyStringProperty raiseProperty() {
        return raise.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noConditionProperty() {
        return noCondition.getReadOnlyProperty();
    }

    /** True while the latest assessment is decided on the very ticks shown: confirming again would repeat it. */
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty expertProperty() {
        return expert;
    }

    public StringProperty judgementProperty() {
        return judgement;
    }

    public javafx.beans.property.ObjectProperty<WarningLevel> opinionLevelProperty() {
        return opinionLevel;
    }

    public ReadOnlyStringProperty opinionProblemProperty() {
        return opinionProblem.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
