package org.incidentdesk.ui.warning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.service.warning.AuthorityCheck;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The issue and adjust dialogs' form: the fields a warning must state (category, level, start, scope, items,
 * measures, issuer), the authority check of the chosen issuer for the chosen level (for an adjustment, the more
 * severe of the old and the new level, and no approval route), live, and the problems that keep OK disabled. A reason is required when adjusting, and when issuing a level other than the proposal or
 * with no criterion met. A refusal by the service shows as the form's error; what was typed stays.
 */
public final class WarningDraftViewModel {
    public enum Mode { ISSUE, ADJUST }

    /** A plan role the form offers as issuer. */
    public record Issuer(String roleId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private record Choices(ContingencyPlan plan, List<String> roles) {
    }

    private final WarningService warnings;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Mode mode;
    private final List<Long> incidentIds;
    private final String proposedLevelId;
    private final Warning adjusted;
    private final Callable<ContingencyPlan> planSource;

    private final ObservableList<EventCategory> categories = FXCollections.observableArrayList();
    private final ObservableList<WarningLevel> levels = FXCollections.observableArrayList();
    private final ObservableList<Issuer> issuers = FXCollections.observableArrayList();
    private final ObjectProperty<EventCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<WarningLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Issuer> issuer = new SimpleObjectProperty<>();
    private final StringProperty startsAt = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty items = new SimpleStringProperty("");
    private final StringProperty measures = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<AuthorityCheck> authority = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper authorityText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private String initialCategoryId;
    private String initialLevelId;
    private String initialRole;

    private WarningDraftViewModel(WarningService warnings, TaskRunner tasks, Failures failures, Messages messages,
                                  Clock clock, ZoneId zone, Mode mode, List<Long> incidentIds, String proposedLevelId,
                                  Warning adjusted, Callable<ContingencyPlan> planSource) {
        this.warnings = warnings;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.mode = mode;
        this.incidentIds = List.copyOf(incidentIds);
        this.proposedLevelId = proposedLevelId;
        this.adjusted = adjusted;
        this.planSource = planSource;
        for (Observable field : List.of(category, level, issuer, startsAt, scope, items, measures, reason, authority, busy)) {
            field.addListener(o -> check());
        }
        level.addListener(o -> checkAuthority());
        issuer.addListener(o -> checkAuthority());
        check();
    }

    /** Issuing from an assessment: the proposed level (if any) and the incident's category come filled in. */
    static WarningDraftViewModel forIssue(WarningService warnings, TaskRunner tasks, Failures failures,
                                          Messages messages, Clock clock, ZoneId zone, AssessmentViewModel assessment) {
        String proposed = assessment.assessment().flatMap(a -> a.proposed()).map(WarningLevel::id).orElse(null);
        ContingencyPlan plan = assessment.plan().orElseThrow(() -> new IllegalStateException("assessment not loaded"));
        WarningDraftViewModel draft = new WarningDraftViewModel(warnings, tasks, failures, messages, clock, zone,
                Mode.ISSUE, List.of(assessment.incident().id()), proposed, null, () -> plan);
        draft.initialLevelId = proposed;
        draft.initialCategoryId = assessment.incidentRecord().map(i -> i.categoryId()).orElse(null);
        draft.items.set(assessment.incident().title());
        return draft;
    }

    /** Adjusting a warning in force: every field starts as the warning has it. */
    static WarningDraftViewModel forAdjust(WarningService warnings, TaskRunner tasks, Failures failures,
                                           Messages messages, Clock clock, ZoneId zone, WarningCard card,
                                           Callable<ContingencyPlan> planOfWarning) {
        Warning warning = card.warning();
        WarningDraftViewModel draft = new WarningDraftViewModel(warnings, tasks, failures, messages, clock, zone,
                Mode.ADJUST, warning.incidentIds(), warning.levelId(), warning, planOfWarning);
        draft.initialLevelId = warning.levelId();
        draft.initialCategoryId = warning.categoryId();
        draft.initialRole = warning.issuerRole();
        draft.startsAt.set(warning.startsAt() == null ? ""
                : warning.startsAt().atZoneSameInstant(zone).format(WarningTexts.TIME));
        draft.scope.set(warning.scope());
        draft.items.set(String.join("\n", warning.items()));
        draft.measures.set(String.join("\n", warning.measures()));
        return draft;
    }

    /** Reads the plan's categories, levels and issuing roles off the JavaFX thread and fills the choices. */
    public void load() {
        tasks.read(() -> new Choices(planSource.call(), warnings.authorities().issuerRoles()), choices -> {
            ContingencyPlan plan = choices.plan();
            categories.setAll(plan.categories());
            levels.setAll(plan.levelsBySeverity());
            issuers.setAll(choices.roles().stream().map(id -> new Issuer(id, plan.organisation().role(id)
                    .map(PlanRole::name).orElse(id))).toList());
            category.set(categories.stream().filter(c -> c.id().equals(initialCategoryId)).findFirst().orElse(null));
            level.set(levels.stream().filter(l -> l.id().equals(initialLevelId)).findFirst().orElse(null));
            issuer.set(issuers.stream().filter(i -> i.roleId().equals(initialRole)).findFirst()
                    .orElse(issuers.size() == 1 ? issuers.get(0) : null));
            ready.set(true);
            check();
        }, failure -> error.set(failures.describe(failure)));
    }

    private void checkAuthority() {
        if (issuer.get() == null || level.get() == null) {
            authority.set(null);
            authorityText.set("");
            return;
        }
        String role = issuer.get().roleId();
        // an adjustment needs the authority for the more severe of the warning's level and the new one
        String levelId = mode == Mode.ADJUST && adjusted.levelRank() < level.get().rank() ? adjusted.levelId()
                : level.get().id();
        tasks.refresh("warning-authority", () -> warnings.authorities().authority(role, levelId), check -> {
            authority.set(check);
            authorityText.set(check.message(messages));
        }, failure -> authorityText.set(failures.describe(failure)));
    }

    /** True when the form must give a reason: adjusting, or issuing off the proposal or with no criterion met. */
    public boolean reasonRequired() {
        return mode == Mode.ADJUST || proposedLevelId == null
                || (level.get() != null && !level.get().id().equals(proposedLevelId));
    }

    private void check() {
        List<String> found = new ArrayList<>();
        if (level.get() == null) {
            found.add(messages.get("warningui.draft.required", messages.get("warningui.field.level")));
        }
        if (issuer.get() == null) {
            found.add(messages.get("warningui.draft.required", messages.get("warningui.field.issuer")));
        }
        if (blank(scope.get())) {
            found.add(messages.get("warningui.draft.required", messages.get("warningui.field.scope")));
        }
        if (lines(items.get()).isEmpty()) {
            found.add(messages.get("warningui.draft.required", messages.get("warningui.field.items")));
        }
        if (lines(measures.get()).isEmpty()) {
            found.add(messages.get("warningui.draft.required", messages.get("warningui.field.measures")));
        }
        if (!blank(startsAt.get()) && parseStart() == null) {
            found.add(messages.get("warningui.draft.badTime", messages.get("warningui.field.startsAt"), startsAt.get().strip()));
        }
        if (reasonRequired() && blank(reason.get())) {
            found.add(messages.get(mode == Mode.ADJUST ? "warningui.draft.reasonForAdjust"
                    : proposedLevelId == null ? "warningui.draft.reasonNoCondition" : "warningui.draft.reasonOffProposal"));
        }
        problems.set(List.copyOf(found));
        AuthorityCheck check = authority.get();
        boolean authorised = check != null && (mode == Mode.ISSUE ? check.allowed() || check.needsApproval()
                : check.allowed() && !check.needsApproval());
        canSubmit.set(found.isEmpty() && authorised && !busy.get() && ready.get());
    }

    /** Issues or adjusts on the write lane; {@code done} gets the stored warning, a refusal stays in the form. */
    public void submit(Consumer<Warning> done) {
        if (!canSubmit.get()) {
            return;
        }
        WarningDraft draft = new WarningDraft(incidentIds, category.get() == null ? null : category.get().id(),
                level.get().id(), parseStart(), scope.get().strip(), lines(items.get()), lines(measures.get()),
                issuer.get().roleId(), blank(reason.get()) ? null : reason.get().strip());
        busy.set(true);
        error.set("");
        tasks.write(() -> mode == Mode.ISSUE ? warnings.decisions().issue(draft) : warnings.decisions().adjust(adjusted.id(), draft, draft.reason()),
                stored -> {
                    busy.set(false);
                    done.accept(stored);
                }, failure -> {
                    busy.set(false);
                    error.set(failures.describe(failure));
                });
    }

    private OffsetDateTime parseStart() {
        if (blank(startsAt.get())) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(startsAt.get().strip(), WarningTexts.TIME);
            return local.atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** One entry per non-blank line. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    /** "发布时间：2026-03-03 10:00（确认时记录）": the issue time the law asks for, taken at OK. */
    public String issueTimeText() {
        return messages.get("warningui.draft.issueTime", WarningTexts.at(clock.instant(), zone));
    }

    /** "需审批：由总指挥批准" when the issuer needs approval, else empty. */
    public String approvalText() {
        AuthorityCheck check = authority.get();
        if (check == null || !check.needsApproval()) {
            return "";
        }
        String approver = check.approverRole() == null ? "" : issuers.stream()
                .filter(i -> i.roleId().equals(check.approverRole())).map(Issuer::name).findFirst()
                .orElse(check.approverRole());
        return messages.get("warningui.draft.needsApproval", approver);
    }

    public Mode mode() {
        return mode;
    }

    public Warning adjusted() {
        return adjusted;
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<EventCategory> categories() {
        return categories;
    }

    public ObservableList<WarningLevel> levels() {
        return levels;
    }

    public ObservableList<Issuer> issuers() {
        return issuers;
    }

    public ObjectProperty<EventCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<WarningLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<Issuer> issuerProperty() {
        return issuer;
    }

    public StringProperty startsAtProperty() {
        return startsAt;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty itemsProperty() {
        return items;
    }

    public StringProperty measuresProperty() {
        return measures;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyObjectProperty<AuthorityCheck> authorityProperty() {
        return authority.getReadOnlyProperty();
    }

    /** The authority check in words: why the issuer may not, or that approval is needed; empty when allowed. */
    public ReadOnlyStringProperty authorityTextProperty() {
        return authorityText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** For the dialog's heading: the proposal the reason rule refers to. */
    public String proposedLevelId() {
        return proposedLevelId;
    }
}
