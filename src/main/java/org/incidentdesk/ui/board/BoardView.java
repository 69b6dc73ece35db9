package org.incidentdesk.ui.board;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.incidentdesk.ui.shell.WorkspaceView;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.ui.common.Choices;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * The live board: filters and search on top, the kanban by phase or the sortable table, the selected
 * incident's detail beside it, and the latest shift handover at the bottom. Selection follows the model's
 * selected id, so a reload keeps it.
 */
public final class BoardView implements WorkspaceView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final double COLUMN_WIDTH = 210;

    private final BoardViewModel model;
    private final DeadlineOverviewViewModel deadlines;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<BoardRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final List<ListView<BoardRow>> lanes = new java.util.ArrayList<>();
    private boolean syncing;
    /** A change of the rows is being taken in; the selection is shown again after it. */
    private boolean holding;

    public BoardView(BoardViewModel model, DeadlineOverviewViewModel deadlines, HandoverViewModel handover) {
        this.model = model;
        this.deadlines = deadlines;
        this.messages = model.messages();
        // registered before the table and lanes listen to these lists, so it runs first: while a row is replaced
        // or added, the selection the controls shift (a replaced row reads as removed, selecting its neighbour)
        // is not taken as the user's choice; the model's selection is shown again once they are done
        holdSelectionWhileChanging(model.visibleRows());
        for (IncidentPhase phase : IncidentPhase.values()) {
            holdSelectionWhileChanging(model.column(phase));
        }
        root.setId("board");
        root.setTop(toolbar());
        StackPane board = new StackPane(kanban(), table());
        board.getChildren().get(0).visibleProperty().bind(model.modeProperty().isEqualTo(BoardViewModel.Mode.KANBAN));
        board.getChildren().get(1).visibleProperty().bind(model.modeProperty().isEqualTo(BoardViewModel.Mode.TABLE));
        SplitPane split = new SplitPane(board, withIncidentDeadlines(new IncidentDetailView(model.detail()).root()));
        split.setDividerPositions(0.64);
        root.setCenter(split);
        root.setBottom(new HandoverBar(model, handover).root());
        model.selectedIdProperty().addListener((o, a, b) -> reselect());
        model.shownAtProperty().addListener((o, a, b) -> {
            lanes.forEach(ListView::refresh);
            table.refresh();
        });
    }

    @Override
    public Node root() {
        return root;
    }

    /** Ctrl+N takes a report, Ctrl+F goes to the search field. */
    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::openIntake,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
    }

    private void openIntake() {
        new IntakeDialog(model.intake(), messages, taken -> model.selectedIdProperty().set(taken.id()))
                .show(root.getScene().getWindow());
    }

    private Node toolbar() {
        search.setId("board-search");
        search.setPromptText(messages.get("board.search"));
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.SOMETIMES);

        ComboBox<String> level = new ComboBox<>();
        level.setId("board-filter-level");
        level.getItems().setAll(null, "I", "II", "III", "IV", BoardFilter.NO_LEVEL);
        level.setConverter(Choices.shownAs(id -> id == null ? messages.get("board.filter.anyLevel")
                : BoardFilter.NO_LEVEL.equals(id) ? messages.get("board.levelNone") : id));
        level.valueProperty().bindBidirectional(model.levelFilterProperty());

        ComboBox<String> category = new ComboBox<>();
        category.setId("board-filter-category");
        model.categories().addListener((ListChangeListener<EventCategory>) c -> {
            String kept = category.getValue();
            List<String> ids = new java.util.ArrayList<>();
            ids.add(null);
            model.categories().forEach(cat -> ids.add(cat.id()));
            category.getItems().setAll(ids);
            category.setValue(kept);
        });
        category.setConverter(Choices.shownAs(id -> id == null ? messages.get("board.filter.anyCategory")
                : model.categories().stream().filter(c -> c.id().equals(id)).map(EventCategory::name)
                        .findFirst().orElse(id)));
        category.valueProperty().bindBidirectional(model.categoryFilterProperty());

        ComboBox<String> unit = new ComboBox<>();
        unit.setId("board-filter-unit");
        model.units().addListener((ListChangeListener<String>) c -> {
            String kept = unit.getValue();
            List<String> names = new java.util.ArrayList<>();
            names.add(null);
            names.addAll(model.units());
            unit.getItems().setAll(names);
            unit.setValue(kept);
        });
        unit.setConverter(Choices.shownAs(u -> u == null ? messages.get("board.filter.anyUnit") : u));
        unit.valueProperty().bindBidirectional(model.unitFilterProperty());

        ComboBox<IncidentPhase> phase = new ComboBox<>();
        phase.setId("board-filter-phase");
        List<IncidentPhase> phases = new java.util.ArrayList<>();
        phases.add(null);
        phases.addAll(List.of(IncidentPhase.values()));
        phase.getItems().setAll(phases);
        phase.setConverter(Choices.shownAs(p -> p == null ? messages.get("board.filter.anyPhase") : messages.name(p)));
        phase.valueProperty().bindBidirectional(model.phaseFilterProperty());

        CheckBox overdue = new CheckBox(messages.get("board.filter.overdue"));
        overdue.setId("board-filter-overdue");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());

        ToggleGroup modes = new ToggleGroup();
        ToggleButton kanban = new ToggleButton(messages.get("board.mode.kanban"));
        kanban.setId("board-mode-kanban");
        ToggleButton tableMode = new ToggleButton(messages.get("board.mode.table"));
        tableMode.setId("board-mode-table");
        kanban.setToggleGroup(modes);
        tableMode.setToggleGroup(modes);
        kanban.setSelected(true);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.modeProperty().set(b == kanban ? BoardViewModel.Mode.KANBAN : BoardViewModel.Mode.TABLE);
            }
        });

        Button intake = new Button(messages.get("board.intake"), Icons.ALARM.node());
        intake.setId("board-intake");
        Permissions.needs(intake, Permission.INCIDENT_CREATE);
        intake.getStyleClass().add("accent");
        intake.setOnAction(e -> openIntake());

        Button overview = new Button(messages.get("deadlines.button"), Icons.ALARM.node());
        overview.setId("board-deadlines");
        overview.setOnAction(e -> deadlines.showOffice(() -> overviewDialog(true).show()));

        Label count = new Label();
        count.setId("board-count");
        ListChangeListener<BoardRow> counted = c ->
                count.setText(messages.get("board.count", model.visibleRows().size(), model.rows().size()));
        model.visibleRows().addListener(counted);
        model.rows().addListener(counted);

        for (ComboBox<?> box : List.of(level, category, unit, phase)) {
            box.setPrefWidth(120);
            box.setMaxWidth(170);
        }
        search.setPrefWidth(180);
        for (javafx.scene.control.Control fixed : List.of(intake, overview, overdue, count, kanban, tableMode)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, intake, overview, search, level, category, unit, phase, overdue, count, new HBox(kanban, tableMode));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    /** The incident detail with the button that opens its 时限一览 above it (shown while an incident is selected). */
    private Node withIncidentDeadlines(Node detail) {
        Button mine = new Button(messages.get("deadlines.incidentButton"), Icons.ALARM.node());
        mine.setId("incident-deadlines");
        mine.disableProperty().bind(model.detail().detailProperty().isNull());
        mine.setOnAction(e -> {
            var shown = model.detail().detailProperty().get();
            if (shown != null) {
                deadlines.showIncident(shown.incident().id(), shown.incident().number().toString(),
                        () -> overviewDialog(false).show());
            }
        });
        HBox bar = new HBox(mine);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(4, 8, 0, 8));
        VBox box = new VBox(bar, detail);
        VBox.setVgrow(detail, Priority.ALWAYS);
        return box;
    }

    private javafx.scene.control.Dialog<Void> overviewDialog(boolean office) {
        return new DeadlineOverviewDialog(deadlines).create(root.getScene().getWindow(), office,
                id -> model.selectedIdProperty().set(id));
    }

    private Node kanban() {
        HBox columns = new HBox(8);
        columns.setPadding(new Insets(0, 8, 8, 8));
        for (IncidentPhase phase : IncidentPhase.values()) {
            ListView<BoardRow> lane = new ListView<>(model.column(phase));
            lane.setId("lane-" + phase.name());
            lane.setCellFactory(l -> new BoardCard(model));
            lane.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> choose(row));
            VBox.setVgrow(lane, Priority.ALWAYS);
            lanes.add(lane);
            Label heading = new Label();
            heading.getStyleClass().add("title-4");
            model.column(phase).addListener((ListChangeListener<BoardRow>) c ->
                    heading.setText(messages.name(phase) + "  " + model.column(phase).size()));
            heading.setText(messages.name(phase) + "  0");
            VBox column = new VBox(4, heading, lane);
            column.setPrefWidth(COLUMN_WIDTH);
            column.setMinWidth(COLUMN_WIDTH);
            columns.getChildren().add(column);
        }
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        scroll.setId("board-kanban");
        return scroll;
    }

    private Node table() {
        table.setId("board-table");
        SortedList<BoardRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<BoardRow, String> number = Tables.text(messages.get("board.col.number"), 90,
                r -> r.number().toString());
        number.setComparator(Comparator.comparing(s -> org.incidentdesk.domain.incident.IncidentNumber.parse(s)
                .orElseThrow()));
        TableColumn<BoardRow, String> level = Tables.text(messages.get("board.col.level"), 90,
                r -> r.level() == null ? messages.get("board.levelNone") : r.level().label());
        level.setCellFactory(styledBy(row -> row.level() == null ? "" : LevelStyle.badge(row.level())));
        level.setComparator(Comparator.comparingInt(this::rankOfLabel));
        table.getColumns().add(number);
        table.getColumns().add(level);
        table.getColumns().add(Tables.text(messages.get("board.col.title"), 230, BoardRow::title));
        table.getColumns().add(Tables.text(messages.get("board.col.category"), 130, BoardRow::categoryName));
        table.getColumns().add(Tables.text(messages.get("board.col.phase"), 90, r -> messages.name(r.phase())));
        TableColumn<BoardRow, String> due = Tables.text(messages.get("board.col.due"), 150, model::countdown);
        due.setCellFactory(styledBy(row -> model.overdue(row) ? "-fx-text-fill: -color-danger-fg;" : ""));
        table.getColumns().add(due);
        TableColumn<BoardRow, String> discovered = Tables.text(messages.get("board.col.discovered"), 110,
                r -> r.discoveredAt().atZoneSameInstant(model.zone()).format(TIME));
        table.getColumns().add(discovered);
        table.getColumns().add(Tables.text(messages.get("board.col.units"), 160, r -> String.join("、", r.units())));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> choose(row));
        return table;
    }

    /** Text cells styled by their row (the level's colour, red when overdue). */
    private static javafx.util.Callback<TableColumn<BoardRow, String>, javafx.scene.control.TableCell<BoardRow, String>>
            styledBy(java.util.function.Function<BoardRow, String> style) {
        return column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                BoardRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setStyle(row == null ? "" : style.apply(row));
            }
        };
    }

    private int rankOfLabel(String label) {
        return model.rows().stream().filter(r -> r.level() != null && r.level().label().equals(label))
                .mapToInt(BoardRow::levelRank).findFirst().orElse(Integer.MAX_VALUE);
    }

    private void choose(BoardRow row) {
        if (syncing || row == null) {
            return;
        }
        model.selectedIdProperty().set(row.id());
        reselect();
    }

    private void holdSelectionWhileChanging(javafx.collections.ObservableList<BoardRow> rows) {
        rows.addListener((ListChangeListener<BoardRow>) c -> {
            if (!holding) {
                holding = true;
                syncing = true;
                org.incidentdesk.ui.common.FxThread.afterCurrentEvent(() -> {
                    holding = false;
                    syncing = false;
                    reselect();
                });
            }
        });
    }

    /** Shows the model's selected incident as selected in the table and its lane, and nowhere else. */
    private void reselect() {
        Long id = model.selectedIdProperty().get();
        syncing = true;
        try {
            selectIn(table.getItems(), table.getSelectionModel(), id);
            for (ListView<BoardRow> lane : lanes) {
                selectIn(lane.getItems(), lane.getSelectionModel(), id);
            }
        } finally {
            syncing = holding;
        }
    }

    private static void selectIn(List<BoardRow> items, javafx.scene.control.SelectionModel<BoardRow> selection, Long id) {
        int index = -1;
        if (id != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == id) {
                    index = i;
                    break;
                }
            }
        }
        if (index < 0) {
            selection.clearSelection();
        } else if (selection.getSelectedIndex() != index) {
            selection.clearAndSelect(index);
        }
    }
}
