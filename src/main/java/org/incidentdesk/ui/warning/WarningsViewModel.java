package org.incidentdesk.ui.warning;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.event.IncidentEvent;
import org.incidentdesk.domain.event.PlanEvent;
import org.incidentdesk.domain.event.WarningEvent;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.service.documents.FormRequest;
import org.incidentdesk.service.documents.DocumentService;
import org.incidentdesk.service.warning.WarningHistoryExport;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.MinuteClock;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The 预警 workspace's state: a colour block per warning in force or waiting for approval, the selected one's
 * units to notify, the history (all, or one incident's), and the incidents an assessment can start from. Any
 * warning, incident or plan event reloads it; the blocks' "3 小时前" follow the clock minute by minute while
 * the workspace is shown.
 */
public final class WarningsViewModel implements ViewModelWorkspace.Activatable {
    private final WarningService warnings;
    private final IncidentService incidents;
    private final PlanService plans;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final FxEvents events;
    private final Clock clock;
    private final ZoneId zone;
    private final Failures failures;
    private final DocumentService documents;
    private final WarningHistoryExport historyExport;
    private final LongConsumer boardSelection;

    private final ObservableList<WarningCard> cards = FXCollections.observableArrayList();
    private final ObservableList<UnitNotice> notices = FXCollections.observableArrayList();
    private final ObservableList<WarningChange> history = FXCollections.observableArrayList();
    private final ObservableList<IncidentRef> openIncidents = FXCollections.observableArrayList();
    private final ObservableList<IncidentRef> historyIncidents = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<WarningCard> selected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<IncidentRef> historyFilter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Instant> loadedAt = new ReadOnlyObjectWrapper<>();
    private final List<Runnable> subscriptions = new ArrayList<>();
    private final MinuteClock minutes;
    private WarningPanelSnapshot snapshot;

    /** {@code boardSelection} selects an incident on the board (the view then shows the board). */
    public WarningsViewModel(WarningService warnings, IncidentService incidents, PlanService plans,
                             DocumentService documents, TaskRunner tasks, DialogService dialogs, Messages messages,
                             FxEvents events, FxAlarms alarms, Clock clock, ZoneId zone, LongConsumer boardSelection) {
        this.warnings = warnings;
        this.incidents = incidents;
        this.plans = plans;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.events = events;
        this.minutes = new MinuteClock(clock, alarms, "warnings: relative times at the next minute");
        this.clock = clock;
        this.zone = zone;
        this.documents = documents;
        this.historyExport = new WarningHistoryExport(warnings, zone);
        this.boardSelection = boardSelection;
        this.failures = new Failures(messages, dialogs, "warningui.stale");
        selectedId.addListener((o, a, b) -> showSelected());
        historyFilter.addListener((o, a, b) -> applyHistoryFilter());
    }

    @Override
    public void activate() {
        subscriptions.add(events.subscribe(WarningEvent.class, e -> reload()));
        subscriptions.add(events.subscribe(IncidentEvent.class, e -> reload()));
        subscriptions.add(events.subscribe(PlanEvent.class, e -> reload()));
        reload();
        minutes.start();
    }

    @Override
    public void deactivate() {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
        minutes.stop();
    }

    public void reload() {
        tasks.refresh("warnings", () -> WarningPanelSnapshot.read(warnings, incidents, plans), this::apply,
                failure -> failures.show("warningui.title", failure));
    }

    private void apply(WarningPanelSnapshot next) {
        snapshot = next;
        cards.setAll(next.cards());
        openIncidents.setAll(next.openIncidents());
        Map<Long, IncidentRef> referenced = new LinkedHashMap<>();
        next.incidentsOfWarning().values().forEach(ids -> ids.forEach(id ->
                referenced.putIfAbsent(id, next.incidentsById().getOrDefault(id, new IncidentRef(id, "#" + id, "")))));
        List<IncidentRef> filterChoices = new ArrayList<>();
        filterChoices.add(null);
        referenced.values().stream().sorted(java.util.Comparator.comparing(IncidentRef::number)).forEach(filterChoices::add);
        IncidentRef kept = historyFilter.get();
        historyIncidents.setAll(filterChoices);
        historyFilter.set(kept == null ? null : referenced.get(kept.id()));
        if (selectedId.get() == null || next.cards().stream().noneMatch(c -> c.id() == selectedId.get())) {
            selectedId.set(next.cards().isEmpty() ? null : next.cards().get(0).id());
        }
        showSelected();
        applyHistoryFilter();
        minutes.refresh();
        loadedAt.set(minutes.now());
    }

    private void showSelected() {
        Optional<WarningCard> card = card(selectedId.get());
        selected.set(card.orElse(null));
        notices.setAll(card.map(WarningCard::notices).orElse(List.of()));
    }

    private Optional<WarningCard> card(Long id) {
        return id == null ? Optional.empty() : cards.stream().filter(c -> c.id() == id).findFirst();
    }

    private void applyHistoryFilter() {
        if (snapshot == null) {
            return;
        }
        IncidentRef incident = historyFilter.get();
        history.setAll(incident == null ? snapshot.history() : snapshot.history().stream()
                .filter(c -> snapshot.incidentsOfWarning().getOrDefault(c.warningId(), List.of()).contains(incident.id()))
                .toList());
    }

    /** The authority approves a warning put forward by a post that may not issue its level. */
    public void approve(WarningCard card) {
        tasks.write(() -> warnings.decisions().approve(card.id()), approved -> {
            dialogs.notify(messages.get("warningui.approved", approved.number()), null, null);
            reload();
        }, failure -> failures.show("warningui.approve", failure));
    }

    /**
     * Records that a unit confirmed it has the warning: the person who confirmed is asked for, the liaison
     * proposed; nothing is recorded when the user cancels.
     */
    public void acknowledge(UnitNotice notice) {
        dialogs.prompt(messages.get("warningui.ack.title"), messages.get("warningui.ack.who", notice.unitName()),
                notice.liaisonName() == null ? "" : notice.liaisonName()).map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(by -> tasks.write(() -> warnings.receipts().acknowledge(notice.id(), by), done -> reload(),
                        failure -> failures.show("warningui.ack.title", failure)));
    }

    /** Selects the incident on the board. */
    public void openIncident(IncidentRef incident) {
        boardSelection.accept(incident.id());
    }

    /**
     * The warning's notice (预警通知) as a numbered PDF: asks where, then composes and writes it on the job lane.
     * The 文书 workspace previews sample forms only, so the notice is exported rather than previewed there.
     */
    public void exportNotice(WarningCard card) {
        String name = messages.get("warningui.notice.fileName", card.warning().number());
        dialogs.chooseFileToSave(messages.get("warningui.notice"), name,
                List.of(new DialogService.FileType(messages.get("warningui.notice.pdf"), List.of("*.pdf"))))
                .ifPresent(file -> tasks.job(messages.get("warningui.notice.exporting"), true,
                        job -> documents.export(FormRequest.of(noticeForm(card)).forWarning(card.id()), file),
                        issued -> dialogs.notify(messages.get("warningui.notice.exported", file,
                                issued.record().number() == null ? "" : issued.record().number()), null, null),
                        failure -> failures.show("warningui.notice", failure)));
    }

    /** Writes the history as shown (all, or the filtered incident's) to {@code file}, on the job lane. */
    public void exportHistory(Path file) {
        IncidentRef incident = historyFilter.get();
        tasks.job(messages.get("warningui.history.exporting"), false, job -> {
            historyExport.export(file, incident == null ? null : incident.id());
            return file;
        }, written -> dialogs.notify(messages.get("warningui.history.exported", written), null, null),
                failure -> failures.show("warningui.history.export", failure));
    }

    /** Asks where to write the history, then writes it. */
    public void chooseAndExportHistory() {
        IncidentRef incident = historyFilter.get();
        String name = incident == null ? "预警历史.csv" : "预警历史-" + incident.number() + ".csv";
        dialogs.chooseFileToSave(messages.get("warningui.history.export"), name,
                List.of(new DialogService.FileType(messages.get("warningui.history.csv"), List.of("*.csv"))))
                .ifPresent(this::exportHistory);
    }

    /** The notice of the warning's latest step: the issue, or the adjustment after it. */
    FormKind noticeForm(WarningCard card) {
        boolean adjusted = snapshot != null && snapshot.history().stream()
                .anyMatch(c -> c.warningId() == card.id() && c.kind() == WarningChangeKind.ADJUSTED);
        return adjusted ? FormKind.WARNING_ADJUST : FormKind.WARNING_ISSUE;
    }

    public AssessmentViewModel assessment(IncidentRef incident) {
        return new AssessmentViewModel(warnings, incidents, tasks, failures, messages, zone, incident);
    }

    public WarningDraftViewModel issueDraft(AssessmentViewModel assessment) {
        return WarningDraftViewModel.forIssue(warnings, tasks, failures, messages, clock, zone, assessment);
    }

    public WarningDraftViewModel adjustDraft(WarningCard card) {
        return WarningDraftViewModel.forAdjust(warnings, tasks, failures, messages, clock, zone, card,
                () -> plans.version(card.warning().planId(), card.warning().planVersion()).plan());
    }

    public LiftViewModel lift(WarningCard card) {
        return new LiftViewModel(warnings, tasks, failures, dialogs, messages, card);
    }

    public ObservableList<WarningCard> cards() {
        return cards;
    }

    public ObservableList<UnitNotice> notices() {
        return notices;
    }

    public ObservableList<WarningChange> history() {
        return history;
    }

    public ObservableList<IncidentRef> openIncidents() {
        return openIncidents;
    }

    /** The history filter's choices: null (all incidents) first, then each incident a warning names. */
    public ObservableList<IncidentRef> historyIncidents() {
        return historyIncidents;
    }

    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyObjectProperty<WarningCard> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObjectProperty<IncidentRef> historyFilterProperty() {
        return historyFilter;
    }

    /** The moment relative times refer to; changes each minute while shown. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return minutes.property();
    }

    public ReadOnlyObjectProperty<Instant> loadedAtProperty() {
        return loadedAt.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "II 级 橙色" / the id where the plan version lacks the level. */
    public String levelText(WarningCard card) {
        return WarningTexts.level(messages, card.level(), card.warning().levelId());
    }

    /** "2026-03-03 10:00（3 小时前）". */
    public String sinceText(WarningCard card) {
        return WarningTexts.since(messages, card.warning().startsAt(), minutes.now(), zone);
    }

    public String historyLevels(WarningChange change) {
        if (change.fromLevelId() == null || change.fromLevelId().equals(change.toLevelId())) {
            return change.toLevelId() == null ? "" : messages.get("warningui.level.id", change.toLevelId());
        }
        return messages.get("warningui.history.levelChange", change.fromLevelId(),
                change.toLevelId() == null ? "—" : change.toLevelId());
    }

    public String historyIncidents(WarningChange change) {
        if (snapshot == null) {
            return "";
        }
        return String.join("、", snapshot.incidentsOfWarning().getOrDefault(change.warningId(), List.of()).stream()
                .map(id -> snapshot.incidentsById().containsKey(id) ? snapshot.incidentsById().get(id).number() : "#" + id)
                .toList());
    }
}
