package org.incidentdesk.ui.board;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.event.DeadlineChanged;
import org.incidentdesk.domain.event.HandoverChanged;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.event.IncidentEvent;
import org.incidentdesk.domain.event.ReviewChanged;
import org.incidentdesk.domain.event.PlanEvent;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The live board's state: every incident as a row, the filters, the rows they let through (also split by
 * phase for the kanban), the selected incident (kept by id across reloads), the view mode and the latest
 * shift handover. An event about one incident (its record or a deadline) reads that incident alone and
 * replaces its row in place; the counts follow from the lists. The whole board is read when it opens and
 * when the plan changes (category names).
 */
public final class BoardViewModel implements ViewModelWorkspace.Activatable {
    public enum Mode { KANBAN, TABLE }

    private final IncidentService incidents;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final FxEvents events;
    private final FxAlarms alarms;
    private final Clock clock;
    private final ZoneId zone;
    private final IncidentDetailViewModel detail;
    private final IntakeViewModel intake;

    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BoardRow> visible = FXCollections.observableArrayList();
    private final Map<IncidentPhase, ObservableList<BoardRow>> columns = new EnumMap<>(IncidentPhase.class);
    private final ObservableList<EventCategory> categories = FXCollections.observableArrayList();
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObjectProperty<String> levelFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<IncidentPhase> phaseFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.KANBAN);
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Optional<Handover>> handover = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Instant> loadedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> shownAt = new ReadOnlyObjectWrapper<>();
    private Runnable disarmTick = () -> { };
    private final javafx.beans.property.ReadOnlyBooleanWrapper complete = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final List<Runnable> subscriptions = new ArrayList<>();
    private final Failures failures;

    public BoardViewModel(IncidentService incidents, IncidentDetailViewModel detail, TaskRunner tasks,
                          DialogService dialogs, Messages messages, FxEvents events, FxAlarms alarms, Clock clock,
                          ZoneId zone) {
        this.incidents = incidents;
        this.detail = detail;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.events = events;
        this.alarms = alarms;
        this.clock = clock;
        this.zone = zone;
        this.failures = new Failures(messages, dialogs, "board.stale");
        this.intake = new IntakeViewModel(incidents, tasks, failures, messages, clock, zone, categories);
        for (IncidentPhase phase : IncidentPhase.values()) {
            columns.put(phase, FXCollections.observableArrayList());
        }
        levelFilter.addListener((o, a, b) -> applyFilter());
        categoryFilter.addListener((o, a, b) -> applyFilter());
        unitFilter.addListener((o, a, b) -> applyFilter());
        phaseFilter.addListener((o, a, b) -> applyFilter());
        overdueOnly.addListener((o, a, b) -> applyFilter());
        query.addListener((o, a, b) -> applyFilter());
        selectedId.addListener((o, a, id) -> detail.show(id));
    }

    @Override
    public void activate() {
        subscriptions.add(events.subscribe(IncidentEvent.class, this::changed));
        subscriptions.add(events.subscribe(PlanEvent.class, e -> reload()));
        // the task and party unit lists follow roster edits without a restart
        subscriptions.add(events.subscribe(org.incidentdesk.domain.event.RosterEvent.class, e -> detail.reload()));
        subscriptions.add(events.subscribe(DeadlineChanged.class, this::deadlineChanged));
        open();
        if (selectedId.get() != null) {
            detail.reload(); // what was done elsewhere while the board was hidden (a 首报 issued in 文书) shows now
        }
        tick();
    }

    @Override
    public void deactivate() {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
        disarmTick.run();
        disarmTick = () -> { };
    }

    /**
     * Moves the board's "now" to the clock and wakes again at the next minute, where the countdowns' text
     * changes: cards turn overdue while the board is shown, without a click and without polling.
     */
    private void tick() {
        shownAt.set(clock.instant());
        applyFilter();
        disarmTick.run();
        Instant nextMinute = shownAt.get().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        disarmTick = alarms.at("board: countdowns at the next minute", nextMinute, this::tick);
    }

    /** A deadline was derived, met, superseded or turned overdue: the cards' countdowns and the timeline move. */
    private void deadlineChanged(DeadlineChanged event) {
        refreshRow(event.incidentId());
        if (selectedId.get() != null && event.incidentId() == selectedId.get()) {
            detail.reload();
        }
    }

    private void changed(IncidentEvent event) {
        switch (event) {
            case IncidentChanged changed -> {
                refreshRow(changed.incidentId());
                if (selectedId.get() != null && changed.incidentId() == selectedId.get()) {
                    detail.reload();
                }
            }
            case HandoverChanged handoverChanged -> refreshHandover();
            case ReviewChanged reviewChanged -> {
                // a review changes no card: its opening and finishing reach the board as IncidentChanged
            }
        }
    }

    /**
     * Reads incident {@code incidentId} alone and puts its row in place (added, replaced or removed). Until the
     * full read has landed the whole board is read again instead, so the change is not lost under it. Two
     * events about one incident in a row (a deadline change and the incident touch) share one read: the
     * refresh lane keeps the latest per key.
     */
    private void refreshRow(long incidentId) {
        if (!complete.get()) {
            reload();
            return;
        }
        List<EventCategory> known = List.copyOf(categories);
        tasks.refresh("board-row-" + incidentId, () -> incidents.summary(incidentId).map(read ->
                        BoardSnapshot.row(read.summary(), known, read.notes())),
                row -> applyRow(incidentId, row.orElse(null)), failure -> failures.show("board.title", failure));
    }

    private void refreshHandover() {
        tasks.refresh("board-handover", () -> incidents.handovers().latest(), handover::set,
                failure -> failures.show("board.handover", failure));
    }

    /** Puts one incident's row (null: it is gone) into the rows, the visible rows, its lane and the unit list. */
    private void applyRow(long incidentId, BoardRow row) {
        BoardRows.place(rows, incidentId, row);
        boolean shown = row != null && filter().at(now()).test(row);
        BoardRows.place(visible, incidentId, shown ? row : null);
        for (IncidentPhase phase : IncidentPhase.values()) {
            BoardRows.place(columns.get(phase), incidentId, shown && row.phase() == phase ? row : null);
        }
        units.setAll(BoardRows.unitNames(rows));
    }

    /**
     * Reads the board again in the background; the selection and filters stay. A reload asked for while one
     * is on its way replaces it (the refresh lane keeps only the latest).
     */
    public void reload() {
        tasks.refresh("board", () -> BoardSnapshot.read(incidents), this::apply,
                failure -> failures.show("board.title", failure));
    }

    /**
     * Opening: the newest {@value BoardSnapshot#FIRST_PAGE} incidents first, so the board shows at once however
     * many there are, then everything (with the notes search reads); {@link #completeProperty()} tells which.
     */
    private void open() {
        complete.set(false);
        tasks.refresh("board-first", () -> BoardSnapshot.firstPage(incidents), first -> {
            if (!complete.get()) {
                apply(first);
            }
        }, failure -> failures.show("board.title", failure));
        reload();
    }

    private void apply(BoardSnapshot snapshot) {
        categories.setAll(snapshot.categories());
        units.setAll(BoardRows.unitNames(snapshot.rows()));
        rows.setAll(snapshot.rows());
        complete.set(snapshot.complete());
        shownAt.set(clock.instant());
        applyFilter();
        handover.set(snapshot.handover());
        loadedAt.set(shownAt.get());
    }

    /**
     * Filters in one pass and replaces each list whole: one change per list instead of a chain of filtered
     * views re-filtering each other, which keeps typing in the search field fast on ten thousand rows.
     */
    private void applyFilter() {
        Predicate<BoardRow> filter = filter().at(now());
        List<BoardRow> shown = new ArrayList<>();
        Map<IncidentPhase, List<BoardRow>> byPhase = new EnumMap<>(IncidentPhase.class);
        for (IncidentPhase phase : IncidentPhase.values()) {
            byPhase.put(phase, new ArrayList<>());
        }
        for (BoardRow row : rows) {
            if (filter.test(row)) {
                shown.add(row);
                byPhase.get(row.phase()).add(row);
            }
        }
        byPhase.forEach((phase, list) -> {
            if (!columns.get(phase).equals(list)) {
                columns.get(phase).setAll(list);
            }
        });
        visible.setAll(shown);
    }

    /** The filter as the controls set it now. */
    public BoardFilter filter() {
        return new BoardFilter(levelFilter.get(), categoryFilter.get(), unitFilter.get(), phaseFilter.get(),
                overdueOnly.get(), query.get());
    }

    /**
     * "续报 剩 2 小时 15 分" / "任务 超时 40 分": what falls due next (a deadline of the plan by its act, or a
     * task) counting down as the card shows it; empty without either.
     */
    public String countdown(BoardRow row) {
        if (row.nextDueAt() == null) {
            return "";
        }
        String what = row.dueAction() == null ? messages.get("board.due.task")
                : messages.get("board.due." + row.dueAction().name());
        return what + " " + org.incidentdesk.ui.common.DueText.relative(row.nextDueAt(), now(), messages);
    }

    /** True when the row's next deadline or task is past due now. */
    public boolean overdue(BoardRow row) {
        return row.overdueAt(now());
    }

    /** The moment the cards' countdowns refer to: the last reload or minute tick. */
    private Instant now() {
        return shownAt.get() == null ? clock.instant() : shownAt.get();
    }

    public ObservableList<BoardRow> rows() {
        return rows;
    }

    public ObservableList<BoardRow> visibleRows() {
        return visible;
    }

    public ObservableList<BoardRow> column(IncidentPhase phase) {
        return columns.get(phase);
    }

    public ObservableList<EventCategory> categories() {
        return categories;
    }

    public ObservableList<String> units() {
        return units;
    }

    public ObjectProperty<String> levelFilterProperty() {
        return levelFilter;
    }

    public ObjectProperty<String> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<String> unitFilterProperty() {
        return unitFilter;
    }

    public ObjectProperty<IncidentPhase> phaseFilterProperty() {
        return phaseFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    /** False while only the first page of a large board is shown (search then covers only those). */
    public javafx.beans.property.ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Handover>> handoverProperty() {
        return handover.getReadOnlyProperty();
    }

    /** When the board was last read (for tests and the status line). */
    public ReadOnlyObjectProperty<Instant> loadedAtProperty() {
        return loadedAt.getReadOnlyProperty();
    }

    /** Changes at each reload and each minute while the board is shown; the view redraws the countdowns. */
    public ReadOnlyObjectProperty<Instant> shownAtProperty() {
        return shownAt.getReadOnlyProperty();
    }

    public IncidentDetailViewModel detail() {
        return detail;
    }

    public IntakeViewModel intake() {
        return intake;
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }
}
