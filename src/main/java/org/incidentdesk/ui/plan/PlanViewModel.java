package org.incidentdesk.ui.plan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.event.PlanEvent;
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.InvalidPlanException;
import org.incidentdesk.domain.plan.Metric;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.PlanProblem;
import org.incidentdesk.domain.plan.PlanRules;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.LevelProposal;
import org.incidentdesk.service.plan.PlanChange;
import org.incidentdesk.service.plan.PlanDiff;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.plan.PlanVersion;
import org.incidentdesk.service.plan.document.PlanChangeWords;
import org.incidentdesk.service.plan.document.PlanDocument;
import org.incidentdesk.service.plan.document.PlanDocumentBuilder;
import org.incidentdesk.service.plan.document.PlanSearch;
import org.incidentdesk.service.plan.format.PlanReader;
import org.incidentdesk.service.plan.format.PlanWriter;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The plan workspace: the six templates and the office's plans, the selected plan as an editable draft,
 * what the draft changes against its template, and saving it as a new version. Earlier versions are never
 * touched: an incident keeps the version it started under.
 */
public final class PlanViewModel implements ViewModelWorkspace.Activatable {
    private static final List<DialogService.FileType> PLAN_FILES = List.of(
            new DialogService.FileType("YAML (*.yaml, *.yml, *.idplan)", List.of("*.yaml", "*.yml", "*.idplan")),
            new DialogService.FileType("JSON (*.json)", List.of("*.json")));

    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PlanService plans;
    private final ZoneId zone;
    private final LevelAssessor assessor;
    private final Clock clock;
    private final RosterService roster;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final FxEvents events;
    private final PlanEdits edits;
    private final Failures failures;
    private final PlanLabels labels;

    private final ObservableList<PlanEntry> templates = FXCollections.observableArrayList();
    private final ObservableList<PlanEntry> officePlans = FXCollections.observableArrayList();
    private final ObservableList<String> rosterUnitNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlanEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ContingencyPlan> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper selectedActive = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty textEdited = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper versionInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper draftProblems = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanDocument> document = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PlanChange> changes = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private ContingencyPlan saved;
    private ContingencyPlan template;
    private int baseVersion;
    private Runnable unsubscribe;

    public PlanViewModel(PlanService plans, RosterService roster, LevelAssessor assessor, TaskRunner tasks,
                         DialogService dialogs, Messages messages, FxEvents events, Clock clock, ZoneId zone) {
        this.plans = plans;
        this.assessor = assessor;
        this.clock = clock;
        this.zone = zone;
        this.roster = roster;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.events = events;
        this.failures = new Failures(messages, dialogs, "planui.stale");
        this.labels = new PlanLabels(messages);
        this.edits = new PlanEdits(messages.get("planui.changedByOffice"), messages.get("planui.addedByOffice"));
    }

    // ---- lifecycle

    @Override
    public void activate() {
        if (unsubscribe == null) {
            unsubscribe = events.subscribe(PlanEvent.class, e -> refreshLists());
        }
        refreshLists();
    }

    @Override
    public void deactivate() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private record Lists(List<ContingencyPlan> templates, List<OfficePlan> office, List<String> unitNames) {
    }

    public void refreshLists() {
        tasks.refresh("plan-lists", () -> new Lists(plans.templates(), plans.officePlans(),
                roster.load().units().stream().map(OrgUnit::name).toList()), lists -> {
                    templates.setAll(lists.templates().stream()
                            .map(t -> new PlanEntry(t.id(), null, t.name())).toList());
                    officePlans.setAll(lists.office().stream().map(this::officeEntry).toList());
                    rosterUnitNames.setAll(lists.unitNames());
                    PlanEntry current = selected.get();
                    if (current == null) {
                        officePlans.stream().filter(e -> e.officePlan().active()).findFirst().ifPresent(this::load);
                    } else if (!current.isTemplate() && !dirty.get()) {
                        officePlans.stream().filter(e -> e.officePlan().id() == current.officePlan().id())
                                .findFirst().ifPresent(e -> selected.set(e));
                    }
                }, this::showFailure);
    }

    private PlanEntry officeEntry(OfficePlan plan) {
        String label = (plan.active() ? "★ " : "") + plan.name() + "  " + messages.get("planui.versionShort", plan.currentVersion());
        return new PlanEntry(null, plan, label);
    }

    // ---- selection

    /**
     * Shows the plan once the current one's unsaved edits are saved or dropped, as the user chooses. Returns
     * false when the plan is not shown at once (the user stays, or the save runs first), so the view can put
     * its selection back; after a save the plan is shown and the view follows the selection.
     */
    public boolean select(PlanEntry entry) {
        if (entry == null || entry.equals(selected.get())) {
            return true;
        }
        return leaveUnsavedEdits(() -> load(entry));
    }

    /**
     * Runs {@code next} after the user has saved or dropped the unsaved edits (it does not run when the user
     * stays or the save fails); true when it ran at once.
     */
    public boolean leaveUnsavedEdits(Runnable next) {
        if (!hasUnsavedWork()) {
            next.run();
            return true;
        }
        if (!dirty.get()) {
            // only text typed in the full-text tab and not applied: it is not a plan yet, so it cannot be saved
            if (!dialogs.confirm(messages.get("planui.discard.title"), messages.get("planui.discard.text"),
                    messages.get("planui.discard.confirm"))) {
                return false;
            }
            discardChanges();
            next.run();
            return true;
        }
        switch (dialogs.askUnsaved(messages.get("planui.unsaved.title"), messages.get("planui.unsaved.text"))) {
            case SAVE -> {
                saveThen(next);
                return false;
            }
            case DISCARD -> {
                discardChanges();
                next.run();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Edits in the forms not saved yet, or text typed in the full-text tab and not applied yet. */
    public boolean hasUnsavedWork() {
        return dirty.get() || textEdited.get();
    }

    /** Set by the full-text tab while its text differs from the draft. */
    public BooleanProperty textEditedProperty() {
        return textEdited;
    }

    private record Loaded(PlanEntry entry, ContingencyPlan plan, ContingencyPlan template, int version,
                          List<PlanVersion> versions) {
    }

    private void load(PlanEntry entry) {
        textEdited.set(false);
        tasks.refresh("plan-selected", () -> {
            if (entry.isTemplate()) {
                ContingencyPlan t = plans.template(entry.templateId());
                return new Loaded(entry, t, t, 0, List.of());
            }
            long id = entry.officePlan().id();
            PlanVersion current = plans.current(id);
            String templateId = entry.officePlan().templateId();
            return new Loaded(entry, current.plan(), templateId == null ? null : plans.template(templateId),
                    current.number(), plans.versions(id));
        }, loaded -> {
            selected.set(loaded.entry());
            saved = loaded.plan();
            template = loaded.template();
            baseVersion = loaded.version();
            editable.set(!loaded.entry().isTemplate());
            selectedActive.set(!loaded.entry().isTemplate() && loaded.entry().officePlan().active());
            history.setAll(loaded.versions().stream().map(v -> messages.get("planui.historyLine", v.number(),
                    v.createdBy(), HISTORY_TIME.format(v.createdAt().atZone(zone)))).toList());
            versionInfo.set(loaded.entry().isTemplate() ? messages.get("planui.templateInfo")
                    : messages.get("planui.officeInfo", loaded.version(), loaded.entry().officePlan().active()
                            ? messages.get("planui.active") : messages.get("planui.inactive")));
            setDraft(loaded.plan());
        }, this::showFailure);
    }

    private void setDraft(ContingencyPlan plan) {
        PlanEntry entry = selected.get();
        PlanDocumentBuilder builder = new PlanDocumentBuilder(messages);
        document.set(entry == null || entry.isTemplate() ? builder.template(plan) : builder.version(plan, baseVersion));
        draft.set(plan);
        dirty.set(editable.get() && !plan.equals(saved));
        changes.setAll(template == null ? List.of() : PlanDiff.between(template, plan));
        List<PlanProblem> problems = PlanRules.check(plan);
        draftProblems.set(problems.stream().map(p -> p.describe(messages)).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** Applies an edit to the draft; nothing is stored until {@link #save()}. */
    public void edit(UnaryOperator<ContingencyPlan> change) {
        if (!editable.get() || draft.get() == null) {
            return;
        }
        setDraft(change.apply(draft.get()));
    }

    public void discardChanges() {
        textEdited.set(false);
        if (saved != null) {
            setDraft(saved);
        }
    }

    // ---- commands on plans

    public void createFromSelectedTemplate() {
        PlanEntry entry = selected.get();
        if (entry == null || !entry.isTemplate()) {
            return;
        }
        ContingencyPlan t = draft.get();
        dialogs.prompt(messages.get("planui.new.title"), messages.get("planui.new.text", t.name()), t.name())
                .ifPresent(name -> tasks.write(() -> plans.createFromTemplate(entry.templateId(), name), created -> {
                    dialogs.notify(messages.get("planui.notice.created", created.name()), null, null);
                    refreshLists();
                    load(officeEntry(created));
                }, this::showFailure));
    }

    /**
     * Makes the selected office plan the active one once the user has confirmed, after seeing which plan it
     * replaces and what of it the roster does not cover.
     */
    public void activateSelected() {
        PlanEntry entry = selected.get();
        if (entry == null || entry.isTemplate()) {
            return;
        }
        long planId = entry.officePlan().id();
        tasks.read(() -> plans.activationCheck(planId), check -> {
            ActivationText text = new ActivationText(messages);
            if (!dialogs.confirm(text.title(check), text.message(check), text.confirmLabel(check))) {
                return;
            }
            tasks.write(() -> plans.activate(planId), activated -> {
                dialogs.notify(messages.get("planui.notice.activated", activated.name()), null, null);
                reloadSelected(activated);
            }, this::showFailure);
        }, this::showFailure);
    }

    /** Stores the draft as the next version of the selected office plan. */
    public void save() {
        saveThen(() -> {
        });
    }

    /** Saves, then runs {@code next} once the stored version is shown; a failed save does not run it. */
    private void saveThen(Runnable next) {
        PlanEntry entry = selected.get();
        ContingencyPlan edited = draft.get();
        if (entry == null || entry.isTemplate() || !dirty.get() || saving.get()) {
            return;
        }
        long planId = entry.officePlan().id();
        saving.set(true);
        tasks.write(() -> {
            plans.saveNewVersion(planId, baseVersion, edited);
            return plans.officePlan(planId);
        }, stored -> {
            saving.set(false);
            dialogs.notify(messages.get("planui.notice.saved", stored.currentVersion()), null, null);
            reloadSelected(stored);
            next.run();
        }, failure -> {
            saving.set(false);
            if (!(failure instanceof StaleDataException)) {
                showFailure(failure);
            } else if (dialogs.confirm(messages.get("common.error"), messages.get("planui.stale"),
                    messages.get("planui.stale.reload"))) {
                dirty.set(false);
                textEdited.set(false);
                load(entry);
            }
        });
    }

    private void reloadSelected(OfficePlan plan) {
        refreshLists();
        dirty.set(false);
        load(officeEntry(plan));
    }

    public void importFile() {
        leaveUnsavedEdits(() -> dialogs.chooseFileToOpen(messages.get("planui.import.title"), PLAN_FILES)
                .ifPresent(this::importFrom));
    }

    public void importFrom(Path file) {
        tasks.write(() -> plans.importPlan(file), created -> {
            dialogs.notify(messages.get("planui.notice.imported", created.name()), null, null);
            reloadSelected(created);
        }, this::showFailure);
    }

    public void exportFile() {
        PlanEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        String fileName = (entry.isTemplate() ? entry.templateId() : "plan-" + entry.officePlan().id()) + ".yaml";
        dialogs.chooseFileToSave(messages.get("planui.export.title"), fileName, PLAN_FILES).ifPresent(file ->
                tasks.read(() -> {
                    plans.export(entry.reference(), file);
                    return file;
                }, done -> dialogs.notify(messages.get("planui.notice.exported", done.toString()), null, null),
                        this::showFailure));
    }

    // ---- the full document as text

    public String documentText() {
        return draft.get() == null ? "" : PlanWriter.toYaml(draft.get());
    }

    /** Replaces the draft by the edited document; returns its problems (with line numbers), none when applied. */
    public List<String> applyDocumentText(String text) {
        try {
            ContingencyPlan parsed = PlanReader.read(messages.get("planui.text.fileName"), text);
            textEdited.set(false);
            edit(p -> parsed);
            return List.of();
        } catch (InvalidPlanException e) {
            return e.problems().stream().map(p -> p.describe(messages)).toList();
        }
    }

    // ---- structured edits (the forms of the tabs)

    public void updateDeadline(int index, String action, String by, Timing timing, Duration duration, StartPoint from) {
        edit(edits.deadline(index, action, by, timing, duration, from));
    }

    /** Asks what the new rule requires and adds it; true when a rule was added. */
    public boolean addDeadlineAsked() {
        if (!editable.get()) {
            return false;
        }
        int before = draft.get().deadlines().size();
        dialogs.prompt(messages.get("planui.deadline.add"), messages.get("planui.deadline.addText"), "")
                .filter(text -> !text.isBlank()).ifPresent(this::addDeadline);
        return draft.get().deadlines().size() > before;
    }

    /** Adds a deadline rule the office writes itself; by default the plan's first role does it. */
    public void addDeadline(String action) {
        ContingencyPlan plan = draft.get();
        if (plan == null || action == null || action.isBlank() || plan.organisation().roles().isEmpty()) {
            return;
        }
        edit(edits.addDeadline(action, plan.organisation().roles().get(0).id()));
    }

    public void removeDeadline(int index) {
        edit(edits.removeDeadline(index));
    }

    /**
     * The deadline form as typed: applied when the action is named and the duration reads as one (where the
     * timing needs one); otherwise nothing changes and the duration's problem, if any, comes back.
     */
    public Optional<String> applyDeadlineForm(int index, String action, String by, Timing timing,
                                              String durationText, StartPoint from) {
        Optional<String> problem = durationProblem(timing, durationText);
        if (problem.isEmpty() && action != null && !action.isBlank()) {
            updateDeadline(index, action.strip(), by, timing,
                    needsDuration(timing) ? DurationText.parse(durationText).orElseThrow() : null, from);
        }
        return problem;
    }

    /** Empty when {@code timing} needs no duration or {@code text} reads as one ("2小时", "30 min", "PT2H"). */
    public Optional<String> durationProblem(Timing timing, String text) {
        return !needsDuration(timing) || DurationText.parse(text).isPresent() ? Optional.empty()
                : Optional.of(messages.get("planui.deadline.badDuration", text));
    }

    private static boolean needsDuration(Timing timing) {
        return timing == Timing.WITHIN || timing == Timing.REPEATING;
    }

    public void updateLevel(int index, String name, WarningColour colour, String definition) {
        edit(edits.level(index, name, colour, definition));
    }

    public void updateCriterion(int levelIndex, int criterionIndex, String text, Long threshold) {
        edit(edits.updateCriterion(levelIndex, criterionIndex, text, threshold));
    }

    public void addObservedCriterion(int levelIndex, String text) {
        edit(edits.addObservedCriterion(levelIndex, text));
    }

    public void removeCriterion(int levelIndex, int criterionIndex) {
        edit(edits.removeCriterion(levelIndex, criterionIndex));
    }

    public void addSensitivePeriod(SensitivePeriod period) {
        edit(edits.addPeriod(period));
    }

    public void removeSensitivePeriod(int index) {
        edit(edits.removePeriod(index));
    }

    /** Maps a unit the plan names onto a unit of the office's roster (the name the roster uses). */
    public void mapUnit(int index, String rosterUnitName) {
        edit(edits.mapUnit(index, rosterUnitName));
    }

    /** Sets which post (by its title in the roster) plays a role. */
    public void mapRolePost(int index, String post) {
        edit(edits.mapRolePost(index, post));
    }

    public void updateStep(int phaseIndex, int stepIndex, String text) {
        edit(edits.updateStep(phaseIndex, stepIndex, text));
    }

    public void addStep(int phaseIndex, String text) {
        edit(edits.addStep(phaseIndex, text));
    }

    public void removeStep(int phaseIndex, int stepIndex) {
        edit(edits.removeStep(phaseIndex, stepIndex));
    }

    // ---- trying the plan's assessment (研判) on an imagined event

    /** Today in the office's zone: the default date of a trial assessment. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Proposes a level for the facts under the draft as it stands (edits included), so the office can check
     * its criteria and sensitive periods before saving. Pure computation: no database.
     */
    public Assessment assess(EventFacts facts, LocalDate date) {
        try {
            LevelProposal proposal = assessor.assess(draft.get(), facts, date);
            List<String> reasons = proposal.reasons().stream().map(r -> r.describe(messages)).toList();
            if (proposal.level().isEmpty()) {
                return new Assessment(messages.get("planui.assess.noWarning"), null, reasons);
            }
            WarningLevel level = proposal.level().get();
            return new Assessment(messages.get("common.withNote", level.id(), level.name()),
                    level.colour() == null ? null : level.colour().hex(), reasons);
        } catch (ValidationException invalid) {
            return new Assessment(null, null, invalid.violations().stream().map(messages::describe).toList());
        }
    }

    /**
     * The trial assessment's form: what was picked, plus the figures as typed and the date. A figure that is
     * not a whole number, or a missing date, is refused with what and where, before anything is assessed.
     */
    public Assessment assess(EventFacts picked, Map<Metric, String> metricTexts, LocalDate date) {
        List<String> badInput = new ArrayList<>();
        EventFacts facts = picked;
        for (var entry : metricTexts.entrySet()) {
            String text = entry.getValue() == null ? "" : entry.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                facts = facts.withMetric(entry.getKey(), Long.parseLong(text));
            } catch (NumberFormatException e) {
                badInput.add(messages.get("planui.assess.badNumber", labels.of(entry.getKey()), text));
            }
        }
        if (date == null) {
            badInput.add(messages.get("validation.required", messages.get("planui.assess.date")));
        }
        return badInput.isEmpty() ? assess(facts, date) : new Assessment(null, null, badInput);
    }

    /**
     * A proposal as shown: the level (未达到预警条件 when no criterion is met; null when the facts were refused), its
     * colour (null: none or no level), and the reasons.
     */
    public record Assessment(String level, String colourHex, List<String> reasons) {
        public Assessment {
            reasons = List.copyOf(reasons);
        }
    }

    // ---- failures

    void showFailure(Throwable failure) {
        failures.show(failure);
    }

    // ---- properties

    public ObservableList<PlanEntry> templates() {
        return templates;
    }

    public ObservableList<PlanEntry> officePlans() {
        return officePlans;
    }

    public ObservableList<String> rosterUnitNames() {
        return rosterUnitNames;
    }

    public ReadOnlyObjectProperty<PlanEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContingencyPlan> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True while a save runs, so a second click cannot race it. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True when the selected plan is the office's active plan. */
    public ReadOnlyBooleanProperty selectedActiveProperty() {
        return selectedActive.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionInfoProperty() {
        return versionInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty draftProblemsProperty() {
        return draftProblems.getReadOnlyProperty();
    }

    public ObservableList<PlanChange> changes() {
        return changes;
    }

    /** A change of {@link #changes()} in the office's words, e.g. 舆情报告时限（重大）：2小时 → 1小时. */
    public String describeChange(PlanChange change) {
        return template == null || draft.get() == null ? change.path()
                : new PlanChangeWords(messages, template, draft.get()).describe(change);
    }

    /** The draft as the document the office knows (总则 … 保障), in the interface language. */
    public ReadOnlyObjectProperty<PlanDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The entries of the plan document that mention {@code query}, in reading order. */
    public List<PlanDocument.Located> search(String query) {
        return document.get() == null ? List.of() : PlanSearch.find(document.get(), query);
    }

    public ObservableList<String> history() {
        return history;
    }

    public Messages messages() {
        return messages;
    }
}
