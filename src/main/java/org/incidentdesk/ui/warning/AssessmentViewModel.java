package org.incidentdesk.ui.warning;

import java.time.Clock;
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
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.LevelCriterion;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.ObservedCriterion;
import org.incidentdesk.domain.plan.OccurrenceCriterion;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.ExpertOpinion;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.AssessmentReason;
import org.incidentdesk.service.warning.CriterionCheck;
import org.incidentdesk.service.warning.WarningAssessment;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The assessment board (研判) of one incident: the plan's criteria checked against the incident's facts, the
 * incident's facts and latest metrics beside them, the proposed level with its reasons and the sensitive-period
 * raise, or 未达到预警条件; and the expert opinions, to which one can be added.
 */
public final class AssessmentViewModel {
    /** What the board reads in one go: the assessment, the incident and its plan. */
    record Loaded(WarningAssessment assessment, IncidentDetail detail, ContingencyPlan plan) {
    }

    private final WarningService warnings;
    private final IncidentService incidents;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final IncidentRef incident;

    private final ObservableList<CriterionCheck> checklist = FXCollections.observableArrayList();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> facts = FXCollections.observableArrayList();
    private final ObservableList<ExpertOpinion> opinions = FXCollections.observableArrayList();
    private final ObservableList<WarningLevel> levels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper proposal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper raise = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noCondition = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final StringProperty expert = new SimpleStringProperty("");
    private final StringProperty judgement = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<WarningLevel> opinionLevel =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper opinionProblem = new ReadOnlyStringWrapper("");
    private final java.util.Set<String> established = new java.util.LinkedHashSet<>();
    private Loaded current;

    AssessmentViewModel(WarningService warnings, IncidentService incidents, TaskRunner tasks, Failures failures,
                        Messages messages, Clock clock, ZoneId zone, IncidentRef incident) {
        this.warnings = warnings;
        this.incidents = incidents;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.incident = incident;
    }

    /**
     * Assesses the incident (off the JavaFX thread) on what its record knows and the criteria the assessor has
     * established, and shows the result.
     */
    public void load() {
        long id = incident.id();
        EventFacts facts = current == null ? EventFacts.none() : facts(current.plan());
        tasks.refresh("warning-assessment", () -> {
            IncidentDetail detail = incidents.detail(id);
            return new Loaded(warnings.assess(id, facts), detail, incidents.planOf(detail.incident()));
        }, this::apply, failure -> failures.show("warningui.assess.title", failure));
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
                .anyMatch(c -> !(c instanceof MetricCriterion));
    }

    public boolean isEstablished(CriterionCheck check) {
        return established.contains(check.criterionId());
    }

    /** The facts the ticked criteria state; where two name one occurrence, the more severe severity holds. */
    private EventFacts facts(ContingencyPlan plan) {
        EventFacts facts = EventFacts.none();
        for (LevelCriterion criterion : plan.criteria().filter(c -> established.contains(c.id())).toList()) {
            if (criterion instanceof OccurrenceCriterion occurrence) {
                String known = facts.occurrences().get(occurrence.occurrence());
                if (known == null || rank(plan, occurrence.minSeverity()) < rank(plan, known)) {
                    facts = facts.with(occurrence.occurrence(), occurrence.minSeverity());
                }
            } else if (criterion instanceof ObservedCriterion observed) {
                facts = facts.withObserved(observed.id());
            }
        }
        return facts;
    }

    private static int rank(ContingencyPlan plan, String levelId) {
        return plan.level(levelId).map(WarningLevel::rank).orElse(Integer.MAX_VALUE);
    }

    /**
     * Records this assessment on the incident (its proposal is what an issued level is checked against), then
     * hands on to the issue form.
     */
    public void recordThen(Runnable next) {
        if (current == null) {
            return;
        }
        EventFacts facts = facts(current.plan());
        tasks.write(() -> incidents.assess(incident.id(), facts), recorded -> next.run(),
                failure -> failures.show("warningui.assess.title", failure));
    }

    private void apply(Loaded next) {
        current = next;
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
        tasks.write(() -> warnings.recordOpinion(incident.id(), who, what, levelId), recorded -> {
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

    Messages messages() {
        return messages;
    }

    Clock clock() {
        return clock;
    }
}
