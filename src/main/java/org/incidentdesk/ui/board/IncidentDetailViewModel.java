package org.incidentdesk.ui.board;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.incident.EvidenceService;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.service.incident.IncidentParties;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.incident.MetricsImportService;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.warning.IncidentEnding;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.warning.AssessmentViewModel;
import org.incidentdesk.ui.warning.IncidentRef;

/**
 * One incident on the board: its facts, assessments, tasks, timeline, statements, keywords, metrics (in
 * {@link MetricsViewModel}) and evidence, and every action on it. Actions run through the services in the
 * background; a refusal is shown with its reason in the UI's language and changes nothing. The lifecycle offers
 * only the legal next phases.
 */
public final class IncidentDetailViewModel {
    private final IncidentService incidents;
    private final EvidenceService evidence;
    private final RosterService roster;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final Failures failures;
    private final DetailTexts texts;
    private final AssessmentViewModel assessment;

    private final ReadOnlyObjectWrapper<IncidentDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<IncidentPhase> nextPhases = FXCollections.observableArrayList();
    private final ObservableList<OrgUnit> taskUnits = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<EvidenceService.CheckResult> evidenceCheck = new ReadOnlyObjectWrapper<>();
    private final PartiesViewModel parties;
    private final MetricsViewModel metrics;
    private final ObservableList<EventCategory> categories = FXCollections.observableArrayList();
    private final IntakeViewModel factsEditor;
    private final TaskFormViewModel taskForm;
    private final EndingViewModel ending;
    private Long shownId;
    private LongConsumer reviewOpener = id -> { };

    public IncidentDetailViewModel(IncidentService incidents, WarningService warnings, EvidenceService evidence,
                                   MetricsImportService metricsImport, RosterService roster,
                                   TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock,
                                   ZoneId zone) {
        this.incidents = incidents;
        this.evidence = evidence;
        this.roster = roster;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
        this.failures = new Failures(messages, dialogs, "board.stale");
        this.texts = new DetailTexts(messages, zone);
        this.assessment = new AssessmentViewModel(warnings, incidents, tasks, failures, messages, zone, null);
        this.assessment.setOnDecided(this::reload);
        this.parties = new PartiesViewModel(incidents, tasks, failures, () -> detail.get() == null ? -1 : id(),
                this::reload);
        this.ending = new EndingViewModel(new IncidentEnding(incidents, warnings), tasks, failures, messages,
                () -> detail.get() == null ? null : detail.get().incident(), this::reload);
        this.taskForm = new TaskFormViewModel(incidents, tasks, failures, messages, zone,
                () -> detail.get() == null ? -1 : id(), this::reload);
        this.factsEditor = new IntakeViewModel(incidents, tasks, failures, messages, clock, zone, categories);
        this.metrics = new MetricsViewModel(incidents, metricsImport, tasks, dialogs, failures, messages, clock, zone,
                () -> detail.get() == null ? -1 : id(), this::reload);
    }

    /** Shows the incident {@code id} (null: none). */
    void show(Long id) {
        if (!java.util.Objects.equals(id, shownId)) {
            taskForm.reset();
            ending.cancel();
        }
        shownId = id;
        evidenceCheck.set(null);
        metrics.show(id);
        if (id == null) {
            detail.set(null);
            nextPhases.clear();
            return;
        }
        reload();
    }

    /** Reads the shown incident again. */
    public void reload() {
        Long id = shownId;
        if (id == null) {
            return;
        }
        record Loaded(IncidentDetail detail, ContingencyPlan plan, List<OrgUnit> all, List<OrgUnit> units,
                      List<IncidentParties.Party> parties) {
        }
        tasks.refresh("incident-detail", () -> {
            IncidentDetail d = incidents.detail(id);
            List<OrgUnit> all = roster.load().units();
            List<OrgUnit> units = all.stream()
                    .filter(u -> u.kind() == UnitKind.MEMBER_UNIT || u.kind() == UnitKind.WORKING_GROUP
                            || u.kind() == UnitKind.OFFICE).toList();
            return new Loaded(d, incidents.planOf(d.incident()), all, units, incidents.parties().of(id));
        }, loaded -> {
            if (!id.equals(shownId)) {
                return;
            }
            detail.set(loaded.detail());
            var incident = loaded.detail().incident();
            assessment.show(new IncidentRef(incident.id(), incident.number().toString(), incident.title()));
            nextPhases.setAll(loaded.detail().nextPhases());
            categories.setAll(loaded.plan().categories());
            if (!taskUnits.equals(loaded.units())) {
                taskUnits.setAll(loaded.units());
            }
            parties.show(loaded.parties(), loaded.all());
        }, failure -> failures.show("board.title", failure));
    }

    private long id() {
        return detail.get().incident().id();
    }

    /** Runs an action on the shown incident; a refusal is shown under {@code titleKey}. */
    private void act(String titleKey, Callable<?> action) {
        if (detail.get() == null) {
            return;
        }
        tasks.write(action, done -> reload(), failure -> {
            failures.show(titleKey, failure);
            reload();
        });
    }

    /** Moves the shown incident to {@code to}; ending it first asks, offering to lift its warnings in force. */
    public void advance(IncidentPhase to) {
        if (to == IncidentPhase.ENDED) {
            ending.ask();
            return;
        }
        act("board.action.phase", () -> incidents.advance(id(), to));
    }

    /** Ending the shown incident: the question, then the end and the lifts chosen. */
    public EndingViewModel ending() {
        return ending;
    }

    public void updateTask(HandlingTask task, TaskStatus status, String result) {
        act("board.action.task", () -> incidents.updateTask(task, status, result));
    }

    public void addNote(String text) {
        act("board.action.note", () -> {
            incidents.addNote(id(), text);
            return null;
        });
    }

    public void draftStatement(String text) {
        act("board.action.statement", () -> incidents.statements().draft(id(), text));
    }

    public void agreeStatement(long statementId) {
        act("board.action.statement", () -> incidents.statements().agree(statementId));
    }

    /** Releases the statement to the public: the public response the plan's deadlines ask for. */
    public void releaseStatement(long statementId) {
        act("board.action.statement", () -> incidents.statements().release(statementId));
    }

    /** Takes a monitoring keyword off the incident. */
    public void removeKeyword(String keyword) {
        act("board.action.keyword", () -> {
            incidents.keywords().remove(id(), keyword);
            return null;
        });
    }

    /**
     * Fills {@link #factsEditor()} with the shown incident as it stands, to correct its title, event time and
     * facts; saving it records the change on the timeline like every other action.
     */
    public void editFacts() {
        if (detail.get() != null) {
            factsEditor.edit(detail.get().incident());
        }
    }

    /** The form that corrects the shown incident's facts (see {@link #editFacts()}). */
    public IntakeViewModel factsEditor() {
        return factsEditor;
    }

    public void addKeyword(String keyword) {
        act("board.action.keyword", () -> {
            incidents.keywords().add(id(), keyword);
            return null;
        });
    }

    public void attachEvidence(Path file, String note) {
        act("board.action.evidence", () -> evidence.attachFile(id(), file, note));
    }

    public void attachLink(String url, String note) {
        act("board.action.evidence", () -> evidence.attachLink(id(), url, note));
    }

    /** Asks for a file and attaches it. */
    public void chooseEvidence() {
        dialogs.chooseFileToOpen(messages.get("board.action.evidence"), List.of())
                .ifPresent(file -> attachEvidence(file, ""));
    }

    /**
     * Checks the incident's evidence files against their SHA-256 and records the check on its timeline; the
     * result lands in {@link #evidenceCheckProperty()}.
     */
    public void checkEvidence() {
        long incidentId = id();
        tasks.write(() -> evidence.check(incidentId), evidenceCheck::set,
                failure -> failures.show("board.action.evidence", failure));
    }

    public ReadOnlyObjectProperty<IncidentDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Where 总结评估 takes the user: the review workspace on the incident (the composition root sets it). */
    public void openReviewsWith(LongConsumer opener) {
        this.reviewOpener = opener;
    }

    /** True once the shown incident's response has ended (平息/终止 or later): it can be reviewed. */
    public boolean reviewable() {
        IncidentDetail d = detail.get();
        return d != null && d.incident().phase().ordinal() >= IncidentPhase.ENDED.ordinal();
    }

    /** Opens the after-action review of the shown incident. */
    public void openReview() {
        if (reviewable()) {
            reviewOpener.accept(id());
        }
    }

    public ObservableList<IncidentPhase> nextPhases() {
        return nextPhases;
    }

    /** The incident's one assessment, the same ViewModel the warning panel uses. */
    public AssessmentViewModel assessment() {
        return assessment;
    }

    /** The parties the plan names only per incident, as resolved on the shown one. */
    public PartiesViewModel parties() {
        return parties;
    }

    public ObservableList<OrgUnit> taskUnits() {
        return taskUnits;
    }

    /** The shown incident's public-opinion figures: a point typed by hand and the CSV import. */
    public MetricsViewModel metrics() {
        return metrics;
    }

    /** The form that gives a task to a unit of the shown incident. */
    public TaskFormViewModel taskForm() {
        return taskForm;
    }

    /** The latest check of the shown incident's evidence; null before one (and after another incident is shown). */
    public ReadOnlyObjectProperty<EvidenceService.CheckResult> evidenceCheckProperty() {
        return evidenceCheck.getReadOnlyProperty();
    }

    /** How the detail words its items, in the window's language. */
    public DetailTexts texts() {
        return texts;
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }
}
