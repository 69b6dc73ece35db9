package org.incidentdesk.ui.plan;

import java.time.Duration;
import java.util.List;
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
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.InvalidPlanException;
import org.incidentdesk.domain.plan.PlanProblem;
import org.incidentdesk.domain.plan.PlanRules;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.service.plan.PlanChange;
import org.incidentdesk.service.plan.PlanDiff;
import org.incidentdesk.service.plan.document.PlanChangeWords;
import org.incidentdesk.service.plan.document.PlanDocument;
import org.incidentdesk.service.plan.document.PlanDocumentBuilder;
import org.incidentdesk.service.plan.document.PlanSearch;
import org.incidentdesk.service.plan.format.PlanReader;
import org.incidentdesk.service.plan.format.PlanWriter;
import org.incidentdesk.ui.common.DialogService;

/**
 * The shown plan as a draft the office edits: the forms of the tabs and the full text change it, and it says
 * whether it differs from the stored version, what it changes against its template, which plan rules it breaks
 * and how it reads as a document. Nothing here touches the database; {@link PlanViewModel} loads and saves.
 */
public final class PlanDraftViewModel {
    private final Messages messages;
    private final DialogService dialogs;
    private final PlanEdits edits;

    private final ReadOnlyObjectWrapper<ContingencyPlan> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty textEdited = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper draftProblems = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanDocument> document = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PlanChange> changes = FXCollections.observableArrayList();
    private ContingencyPlan saved;
    private ContingencyPlan template;
    private int baseVersion;
    private boolean showsTemplate;

    PlanDraftViewModel(Messages messages, DialogService dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.edits = new PlanEdits(messages.get("planui.changedByOffice"), messages.get("planui.addedByOffice"));
    }

    /**
     * Shows a stored plan: a template (read only, {@code version} 0) or version {@code version} of an office plan,
     * compared with {@code template} (null: an imported plan made from none).
     */
    void show(ContingencyPlan plan, ContingencyPlan template, int version, boolean isTemplate) {
        this.saved = plan;
        this.template = template;
        this.baseVersion = version;
        this.showsTemplate = isTemplate;
        editable.set(!isTemplate);
        setDraft(plan);
    }

    /** The version the draft was loaded from: a save is refused if another one was stored meanwhile. */
    int baseVersion() {
        return baseVersion;
    }

    /** Forgets the edits once they are stored or given up, before the stored version is shown again. */
    void forgetEdits() {
        dirty.set(false);
        forgetTypedText();
    }

    /** Forgets text typed in the full-text tab and not applied, before another plan is shown. */
    void forgetTypedText() {
        textEdited.set(false);
    }

    private void setDraft(ContingencyPlan plan) {
        PlanDocumentBuilder builder = new PlanDocumentBuilder(messages);
        document.set(showsTemplate ? builder.template(plan) : builder.version(plan, baseVersion));
        draft.set(plan);
        dirty.set(editable.get() && !plan.equals(saved));
        changes.setAll(template == null ? List.of() : PlanDiff.between(template, plan));
        List<PlanProblem> problems = PlanRules.check(plan);
        draftProblems.set(problems.stream().map(p -> p.describe(messages)).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** Applies an edit to the draft; nothing is stored until the plan is saved. */
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

    /** Edits in the forms not saved yet, or text typed in the full-text tab and not applied yet. */
    public boolean hasUnsavedWork() {
        return dirty.get() || textEdited.get();
    }

    /** Set by the full-text tab while its text differs from the draft. */
    public BooleanProperty textEditedProperty() {
        return textEdited;
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

    /**
     * The response window of 立即 duties and the reminder interval after the top of the chain as typed ("30分钟",
     * "2小时"): applied when both read as durations; otherwise nothing changes and the first problem comes back.
     */
    public Optional<String> applyResponseTimes(String immediatelyText, String remindAfterTopText) {
        Optional<Duration> window = DurationText.parse(immediatelyText);
        Optional<Duration> remind = DurationText.parse(remindAfterTopText);
        if (window.isEmpty()) {
            return Optional.of(messages.get("planui.deadline.badDuration", String.valueOf(immediatelyText)));
        }
        if (remind.isEmpty()) {
            return Optional.of(messages.get("planui.deadline.badDuration", String.valueOf(remindAfterTopText)));
        }
        edit(edits.responseTimes(window.get(), remind.get()));
        return Optional.empty();
    }

    /** The review's time after the response ends as typed ("7天"); nothing changes when it does not read. */
    public Optional<String> applyReviewTime(String withinText) {
        Optional<Duration> within = DurationText.parse(withinText).filter(d -> !d.isZero());
        if (within.isEmpty()) {
            return Optional.of(messages.get("planui.deadline.badDuration", String.valueOf(withinText)));
        }
        edit(edits.reviewTime(within.get()));
        return Optional.empty();
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

    // ---- properties

    public ReadOnlyObjectProperty<ContingencyPlan> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
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

    public Messages messages() {
        return messages;
    }
}
