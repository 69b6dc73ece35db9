package org.incidentdesk.ui.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.OrgUnit;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.ui.shell.WorkspaceView;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** The contact roster workspace: unit tree, people and duty tables, and the selected unit's details. */
public final class RosterView implements WorkspaceView {
        private final RosterViewModel viewModel;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TreeView<OrgUnit> tree = new TreeView<>();
    private final TableView<PersonRow> peopleTable = new TableView<>();
        private final TabPane tabs = new TabPane();
    private final TextField search = new TextField();
    private final VBox detail = new VBox(8);
    /** The person to keep selected when the table reloads (after a save, another workstation's change, …). */
    private Long selectedPersonId;

    public RosterView(RosterViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        root.setId("roster-view");
        root.getStyleClass().add("workspace");
        SplitPane split = new SplitPane(unitPane(), centre(), detail);
        split.setDividerPositions(0.2, 0.8);
        detail.getStyleClass().add("detail-pane");
        detail.setId("unit-detail");
        detail.setMinWidth(200);
        root.setCenter(split);
        viewModel.units().addListener((ListChangeListener<OrgUnit>) change -> rebuildTree());
        viewModel.unitFilterProperty().addListener((obs, old, unit) -> showUnitDetail(unit));
        peopleTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                showPersonDetail(row);
            } else {
                showUnitDetail(viewModel.unitFilterProperty().get());
            }
        });
        viewModel.transfer().importReviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                boolean apply = new ImportPreviewDialog(window(), messages, review).showAndWait().orElse(false);
                if (apply) {
                    viewModel.transfer().applyImport();
                } else {
                    viewModel.transfer().cancelImport();
                }
            }
        });
        viewModel.visiblePeople().addListener((ListChangeListener<PersonRow>) change -> reselectPerson());
        viewModel.lastSavedPersonIdProperty().addListener((obs, old, id) -> {
            if (id != null) {
                selectedPersonId = id;
                reselectPerson();
            }
        });
        peopleTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                selectedPersonId = row.id();
            }
        });
        showUnitDetail(null);
    }

    private void reselectPerson() {
        if (selectedPersonId == null) {
            return;
        }
        PersonRow current = peopleTable.getSelectionModel().getSelectedItem();
        if (current != null && current.id() == selectedPersonId) {
            return;
        }
        viewModel.visiblePeople().stream().filter(row -> row.id() == selectedPersonId).findFirst().ifPresent(row -> {
            peopleTable.getSelectionModel().select(row);
            peopleTable.scrollTo(row);
        });
    }

    @Override
    public BorderPane root() {
        return root;
    }

    // ---- unit tree

    private VBox unitPane() {
        Label title = new Label(messages.get("roster.units"));
        title.getStyleClass().add("section-title");
        tree.setId("unit-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(view -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(OrgUnit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get("roster.allPeople") : item.name());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                viewModel.unitFilterProperty().set(item == null ? null : item.getValue()));
        Button add = RosterRows.iconButton(messages, "add-unit", Icons.ADD_UNIT, "roster.unit.add");
        Permissions.needs(add, Permission.ROSTER_EDIT);
        add.setOnAction(e -> editUnit(null));
        Button edit = RosterRows.iconButton(messages, "edit-unit", Icons.EDIT, "roster.unit.edit");
        Permissions.needs(edit, Permission.ROSTER_EDIT);
        edit.disableProperty().bind(viewModel.unitFilterProperty().isNull());
        edit.setOnAction(e -> editUnit(viewModel.unitFilterProperty().get()));
        Button delete = RosterRows.iconButton(messages, "delete-unit", Icons.DELETE, "roster.unit.delete");
        Permissions.needs(delete, Permission.ROSTER_EDIT);
        delete.disableProperty().bind(viewModel.unitFilterProperty().isNull());
        delete.setOnAction(e -> viewModel.deleteUnit(viewModel.unitFilterProperty().get()));
        HBox tools = new HBox(4, add, edit, delete);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox pane = new VBox(8, title, tree, tools);
        pane.setPadding(new Insets(0, 8, 0, 0));
        return pane;
    }

    private void rebuildTree() {
        OrgUnit selected = viewModel.unitFilterProperty().get();
        TreeItem<OrgUnit> top = new TreeItem<>(null);
        top.setExpanded(true);
        Map<Long, TreeItem<OrgUnit>> items = new HashMap<>();
        viewModel.unitTree().roots().forEach(node -> top.getChildren().add(item(node, items)));
        tree.setRoot(top);
        TreeItem<OrgUnit> reselect = selected == null ? top : items.getOrDefault(selected.id(), top);
        tree.getSelectionModel().select(reselect);
    }

    private static TreeItem<OrgUnit> item(UnitTree.Node node, Map<Long, TreeItem<OrgUnit>> items) {
        TreeItem<OrgUnit> item = new TreeItem<>(node.unit());
        item.setExpanded(true);
        items.put(node.unit().id(), item);
        node.children().forEach(child -> item.getChildren().add(item(child, items)));
        return item;
    }

    private void showUnitDetail(OrgUnit unit) {
        detail.getChildren().clear();
        if (unit == null) {
            Label title = new Label(messages.get("roster.allPeople"));
            title.getStyleClass().add("section-title");
            Label hint = new Label(messages.get("roster.detail.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            detail.getChildren().addAll(title, hint);
            return;
        }
        Label title = new Label(unit.name());
        title.setId("unit-detail-name");
        title.setWrapText(true);
        title.getStyleClass().add("section-title");
        Label kind = new Label(messages.get("roster.unitKind." + unit.kind().name()));
        kind.getStyleClass().add("tag");
        Label lead = detailLine("roster.detail.lead", viewModel.leadOf(unit));
        lead.setId("unit-detail-lead");
        Label liaison = detailLine("roster.detail.liaison", viewModel.liaisonOf(unit));
        liaison.setId("unit-detail-liaison");
        Label dutiesTitle = new Label(messages.get("roster.unit.duties"));
        dutiesTitle.getStyleClass().add("muted");
        Label duties = new Label(unit.duties() == null ? messages.get("roster.detail.noDuties") : unit.duties());
        duties.setWrapText(true);
        detail.getChildren().addAll(title, kind, lead, liaison, dutiesTitle, duties);
    }

    /** The selected person's card: every channel the plans name, including fax and notes. */
    private void showPersonDetail(PersonRow row) {
        detail.getChildren().clear();
        Label name = new Label(row.name());
        name.setId("person-detail-name");
        name.getStyleClass().add("section-title");
        detail.getChildren().addAll(name, new Label(row.unitName()));
        if (row.onDuty()) {
            Label onDuty = new Label(messages.get("roster.duty.isOnDuty"));
            onDuty.getStyleClass().add("tag");
            detail.getChildren().add(onDuty);
        }
        var person = row.person();
        addField("field.posts", row.posts());
        addField("field.mobile", person.mobile());
        addField("field.officePhone", person.officePhone());
        addField("field.email", person.email());
        addField("field.fax", person.fax());
        addField("field.notes", person.notes());
    }

    private void addField(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("muted");
        Label text = new Label(value);
        text.setWrapText(true);
        detail.getChildren().addAll(title, text);
    }

    private Label detailLine(String key, String names) {
        Label label = new Label(messages.get(key, names.isEmpty() ? messages.get("roster.detail.none") : names));
        label.setWrapText(true);
        return label;
    }

    // ---- centre: people and duty tabs

    private TabPane centre() {
        Tab people = new Tab(messages.get("roster.tab.people"), peoplePane());
        people.setId("tab-people");
        Tab duty = new Tab(messages.get("roster.tab.duty"), new DutyTab(viewModel, this::window,
                () -> peopleTable.getSelectionModel().getSelectedItem()).pane());
        duty.setId("tab-duty");
        tabs.getTabs().addAll(people, duty);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        selectTab(viewModel.openTabProperty().get());
        viewModel.openTabProperty().addListener((obs, old, id) -> selectTab(id));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                viewModel.openTabProperty().set(tab.getId());
            }
        });
        return tabs;
    }

    private void selectTab(String id) {
        tabs.getTabs().stream().filter(tab -> tab.getId().equals(id)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    private BorderPane peoplePane() {
        search.setId("roster-search");
        search.setPromptText(messages.get("roster.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        Button add = RosterRows.iconButton(messages, "add-person", Icons.ADD_PERSON, "roster.person.add");
        Permissions.needs(add, Permission.ROSTER_EDIT);
        add.setText(messages.get("roster.person.add"));
        add.setOnAction(e -> editPerson(null));
        Button edit = RosterRows.iconButton(messages, "edit-person", Icons.EDIT, "roster.person.edit");
        Permissions.needs(edit, Permission.ROSTER_EDIT);
        edit.disableProperty().bind(peopleTable.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editPerson(peopleTable.getSelectionModel().getSelectedItem()));
        Button delete = RosterRows.iconButton(messages, "delete-person", Icons.DELETE, "roster.person.delete");
        Permissions.needs(delete, Permission.ROSTER_EDIT);
        delete.disableProperty().bind(peopleTable.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> viewModel.deletes().deletePerson(peopleTable.getSelectionModel().getSelectedItem()));
        Button onDuty = RosterRows.iconButton(messages, "show-on-duty", Icons.ON_DUTY, "roster.duty.now.tip");
        onDuty.setText(messages.get("roster.duty.now"));
        onDuty.setOnAction(e -> showOnDutyNow());
        Button importButton = RosterRows.iconButton(messages, "roster-import", Icons.IMPORT, "roster.import.tip");
        Permissions.needs(importButton, Permission.ROSTER_IMPORT);
        importButton.setOnAction(e -> viewModel.transfer().importFile());
        Button exportButton = RosterRows.iconButton(messages, "roster-export", Icons.EXPORT, "roster.export.tip");
        Permissions.needs(exportButton, Permission.ROSTER_EXPORT);
        exportButton.setOnAction(e -> viewModel.transfer().exportFile());
        HBox toolbar = new HBox(6, search, add, edit, delete, onDuty, importButton, exportButton);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        peopleTable.setId("people-table");
        peopleTable.setItems(viewModel.visiblePeople());
        peopleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var name = Tables.text(messages.get("field.name"), 80, PersonRow::name);
        var mobile = Tables.text(messages.get("field.mobile"), 110, (PersonRow r) -> r.person().mobile());
        mobile.setId("people-mobile");
        // whom to phone must never read "138…": the table scrolls sideways before these two shrink
        Tables.keepWhole(name, PersonRow::name, viewModel.visiblePeople());
        Tables.keepWhole(mobile, r -> r.person().mobile(), viewModel.visiblePeople());
        peopleTable.getColumns().setAll(List.of(name,
                Tables.text(messages.get("field.unit"), 130, PersonRow::unitName),
                Tables.text(messages.get("field.posts"), 150, PersonRow::posts),
                mobile,
                Tables.text(messages.get("field.officePhone"), 120, r -> r.person().officePhone()),
                Tables.text(messages.get("field.email"), 170, r -> r.person().email())));
        peopleTable.setPlaceholder(new Label(messages.get("roster.empty")));
        RosterRows.editableRows(messages, peopleTable, PersonRow::onDuty, "roster.duty.isOnDuty", this::editPerson, viewModel.deletes()::deletePerson);
        Label summary = new Label();
        summary.setId("roster-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(viewModel.summaryProperty());

        BorderPane pane = new BorderPane(peopleTable);
        pane.setTop(toolbar);
        pane.setBottom(summary);
        BorderPane.setMargin(toolbar, new Insets(8, 0, 8, 0));
        BorderPane.setMargin(summary, new Insets(6, 0, 0, 0));
        return pane;
    }

    private void showOnDutyNow() {
        viewModel.duty().onDutyOnlyProperty().set(true);
        viewModel.openTabProperty().set(RosterViewModel.TAB_DUTY);
    }

    // ---- dialogs

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void editPerson(PersonRow row) {
        OrgUnit defaultUnit = viewModel.unitFilterProperty().get();
        PersonEditorViewModel form = new PersonEditorViewModel(messages, viewModel.units(),
                row == null ? null : row.person(), defaultUnit);
        new PersonEditorDialog(window(), messages, form, viewModel).showAndWait();
    }

    private void editUnit(OrgUnit unit) {
        new UnitEditorDialog(window(), messages, viewModel.rosterProperty().get(), unit, viewModel).showAndWait();
    }

    // ---- helpers

    /** The roster's keys; the window adds them while the roster is shown and removes them when it hides. */
    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> editPerson(null),
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    viewModel.openTabProperty().set(RosterViewModel.TAB_PEOPLE);
                    search.requestFocus();
                },
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), this::showOnDutyNow,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel.deletes()::undoLastDelete);
    }

    /** A unit picker showing unit names. */
    static ComboBox<OrgUnit> unitCombo(List<OrgUnit> units) {
        ComboBox<OrgUnit> combo = new ComboBox<>(FXCollections.observableArrayList(units));
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setCellFactory(list -> unitCell());
        combo.setButtonCell(unitCell());
        combo.setVisibleRowCount(14);
        return combo;
    }

    private static ListCell<OrgUnit> unitCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OrgUnit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

}
