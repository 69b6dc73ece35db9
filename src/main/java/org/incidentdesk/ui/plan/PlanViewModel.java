package org.incidentdesk.ui.plan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.event.PlanEvent;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.plan.PlanVersion;
import org.incidentdesk.service.review.PlanRevisionService;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The plan workspace: the six templates and the office's plans, which one is shown, activating it, and storing
 * its draft ({@link #draft()}) as a new version; the trial assessment is {@link #trial()}. Earlier versions are
 * never touched: an incident keeps the version it started under.
 */
public final class PlanViewModel implements ViewModelWorkspace.Activatable {
    private static final List<DialogService.FileType> PLAN_FILES = List.of(
            new DialogService.FileType("YAML (*.yaml, *.yml, *.idplan)", List.of("*.yaml", "*.yml", "*.idplan")),
            new DialogService.FileType("JSON (*.json)", List.of("*.json")));

    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PlanService plans;
    private final ZoneId zone;
    private final RosterService roster;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final FxEvents events;
    private final Failures failures;
    private final PlanDraftViewModel draft;
    private final PlanTrialViewModel trial;
    private final RevisionProposalsViewModel proposals;

    private final ObservableList<PlanEntry> templates = FXCollections.observableArrayList();
    private final ObservableList<PlanEntry> officePlans = FXCollections.observableArrayList();
    private final ObservableList<String> rosterUnitNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlanEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper selectedActive = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper versionInfo = new ReadOnlyStringWrapper("");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private Runnable unsubscribe;

    public PlanViewModel(PlanService plans, RosterService roster, LevelAssessor assessor, TaskRunner tasks,
                         DialogService dialogs, Messages messages, FxEvents events, Clock clock, ZoneId zone,
                         PlanRevisionService revisions) {
        this.plans = plans;
        this.zone = zone;
        this.roster = roster;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.events = events;
        this.failures = new Failures(messages, dialogs, "planui.stale");
        this.draft = new PlanDraftViewModel(messages, dialogs);
        this.trial = new PlanTrialViewModel(assessor, clock, zone, messages, () -> draft.draftProperty().get());
        this.proposals = new RevisionProposalsViewModel(revisions, tasks, messages, this::showFailure);
    }

    /** The revisions reviews proposed to the shown office plan: the draft of its next version. */
    public RevisionProposalsViewModel proposals() {
        return proposals;
    }

    /**
     * Shows office plan {@code planId} as the draft of its next version carrying proposal {@code proposalId}:
     * the change in words is written into the draft's note and the proposal is ticked to be adopted when the
     * draft is saved. For the review's "propose a plan change", once the unsaved edits of another plan are dealt
     * with.
     */
    public void showProposal(long planId, long proposalId) {
        leaveUnsavedEdits(() -> tasks.read(() -> plans.officePlan(planId), plan -> load(officeEntry(plan), () ->
                proposals.pending().stream().filter(p -> p.id() == proposalId).findFirst().ifPresent(p -> {
                    proposals.setAdoptOnSave(p, true);
                    String line = proposals.noteLine(p);
                    draft.edit(shown -> shown.note() != null && shown.note().contains(line) ? shown
                            : shown.withNote(shown.note() == null ? line : shown.note() + "\n" + line));
                })), this::showFailure));
    }

    /** The shown plan as the office edits it. */
    public PlanDraftViewModel draft() {
        return draft;
    }

    /** The level assessment tried on an imagined event under the draft. */
    public PlanTrialViewModel trial() {
        return trial;
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
                        officePlans.stream().filter(e -> e.officePlan().active()).findFirst()
                                .ifPresent(e -> load(e, () -> { }));
                    } else if (!current.isTemplate() && !draft.dirtyProperty().get()) {
                        officePlans.stream().filter(e -> e.officePlan().id() == current.officePlan().id())
                                .findFirst().ifPresent(e -> selected.set(e));
                    }
                    if (current != null && !current.isTemplate()) {
                        proposals.load(current.officePlan().id(), draft.baseVersion(), () -> { });
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
        return leaveUnsavedEdits(() -> load(entry, () -> { }));
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
        if (!draft.dirtyProperty().get()) {
            // only text typed in the full-text tab and not applied: it is not a plan yet, so it cannot be saved
            if (!dialogs.confirm(messages.get("planui.discard.title"), messages.get("planui.discard.text"),
                    messages.get("planui.discard.confirm"))) {
                return false;
            }
            draft.discardChanges();
            next.run();
            return true;
        }
        switch (dialogs.askUnsaved(messages.get("planui.unsaved.title"), messages.get("planui.unsaved.text"))) {
            case SAVE -> {
                saveThen(next);
                return false;
            }
            case DISCARD -> {
                draft.discardChanges();
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
        return draft.hasUnsavedWork();
    }

    private record Loaded(PlanEntry entry, ContingencyPlan plan, ContingencyPlan template, int version,
                          List<PlanVersion> versions) {
    }

    private void load(PlanEntry entry, Runnable then) {
        draft.forgetTypedText();
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
            boolean isTemplate = loaded.entry().isTemplate();
            selectedActive.set(!isTemplate && loaded.entry().officePlan().active());
            history.setAll(loaded.versions().stream().map(v -> messages.get("planui.historyLine", v.number(),
                    v.createdBy(), HISTORY_TIME.format(v.createdAt().atZone(zone)))).toList());
            versionInfo.set(isTemplate ? messages.get("planui.templateInfo")
                    : messages.get("planui.officeInfo", loaded.version(), loaded.entry().officePlan().active()
                            ? messages.get("planui.active") : messages.get("planui.inactive")));
            draft.show(loaded.plan(), loaded.template(), loaded.version(), isTemplate);
            if (isTemplate) {
                proposals.clear();
                then.run();
            } else {
                proposals.load(loaded.entry().officePlan().id(), loaded.version(), then);
            }
        }, this::showFailure);
    }

    // ---- commands on plans

    public void createFromSelectedTemplate() {
        PlanEntry entry = selected.get();
        if (entry == null || !entry.isTemplate()) {
            return;
        }
        ContingencyPlan t = draft.draftProperty().get();
        dialogs.prompt(messages.get("planui.new.title"), messages.get("planui.new.text", t.name()), t.name())
                .ifPresent(name -> tasks.write(() -> plans.createFromTemplate(entry.templateId(), name), created -> {
                    dialogs.notify(messages.get("planui.notice.created", created.name()), null, null);
                    refreshLists();
                    load(officeEntry(created), () -> { });
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
        ContingencyPlan edited = draft.draftProperty().get();
        if (entry == null || entry.isTemplate() || !draft.dirtyProperty().get() || saving.get()) {
            return;
        }
        long planId = entry.officePlan().id();
        int basedOn = draft.baseVersion();
        saving.set(true);
        tasks.write(() -> {
            plans.saveNewVersion(planId, basedOn, edited);
            return plans.officePlan(planId);
        }, stored -> {
            saving.set(false);
            dialogs.notify(messages.get("planui.notice.saved", stored.currentVersion()), null, null);
            proposals.adoptInto(planId, stored.currentVersion());
            reloadSelected(stored);
            next.run();
        }, failure -> {
            saving.set(false);
            if (!(failure instanceof StaleDataException)) {
                showFailure(failure);
            } else if (dialogs.confirm(messages.get("common.error"), messages.get("planui.stale"),
                    messages.get("planui.stale.reload"))) {
                draft.forgetEdits();
                load(entry, () -> { });
            }
        });
    }

    private void reloadSelected(OfficePlan plan) {
        refreshLists();
        draft.forgetEdits();
        load(officeEntry(plan), () -> { });
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

    public ObservableList<String> history() {
        return history;
    }

    public Messages messages() {
        return messages;
    }
}
