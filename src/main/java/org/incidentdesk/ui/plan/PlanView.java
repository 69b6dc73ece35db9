package org.incidentdesk.ui.plan;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.FxThread;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.WorkspaceView;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** The plan workspace: the plan list on the left, the selected plan's parts in tabs on the right. */
public final class PlanView implements WorkspaceView {
    private final PlanViewModel viewModel;
    private final PlanDraftViewModel draft;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ListView<PlanEntry> templatesList;
    private final ListView<PlanEntry> officeList;
    private final DocumentTab documentTab;
    private TabPane tabs;

    public PlanView(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        this.draft = viewModel.draft();
        this.messages = viewModel.messages();
        this.templatesList = new ListView<>(viewModel.templates());
        this.officeList = new ListView<>(viewModel.officePlans());
        this.documentTab = new DocumentTab(draft);
        root.setId("plan-view");
        root.getStyleClass().add("workspace");
        SplitPane split = new SplitPane(listPane(), detailPane());
        viewModel.selectedProperty().addListener((obs, old, entry) -> followSelection(entry));
        split.setDividerPositions(0.27);
        root.setCenter(split);
    }

    @Override
    public BorderPane root() {
        return root;
    }

    /** The id of the open tab, e.g. {@code tab-plan-deadlines}, so a language switch can reopen it. */
    public String openTab() {
        return tabs.getSelectionModel().getSelectedItem() == null ? null : tabs.getSelectionModel().getSelectedItem().getId();
    }

    /** Opens the tab with this id; unknown ids are ignored. */
    public void reopenTab(String tabId) {
        tabs.getTabs().stream().filter(t -> t.getId() != null && t.getId().equals(tabId)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * The plan workspace's keys; the window adds them while it is shown and removes them when it hides. Ctrl+F
     * opens the plan document's search.
     */
    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel::save,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (draft.draftProperty().get() != null) {
                        documentTab.focusSearch();
                    }
                });
    }

    /** Keeps the lists showing the plan the workspace shows, also when the ViewModel picked it itself. */
    private void followSelection(PlanEntry entry) {
        if (entry == null) {
            return;
        }
        ListView<PlanEntry> list = entry.isTemplate() ? templatesList : officeList;
        if (!entry.equals(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().select(entry);
        }
    }

    private VBox listPane() {
        Label templatesTitle = new Label(messages.get("planui.templates"));
        templatesTitle.getStyleClass().add("section-title");
        ListView<PlanEntry> templates = templatesList;
        templates.setId("plan-templates");
        templates.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PlanEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.label());
                setTooltip(empty || entry == null ? null
                        : new Tooltip(messages.get("planui.template.tip", entry.templateId())));
            }
        });
        templates.setFixedCellSize(28);
        templates.setPrefHeight(28 * 6 + 4);
        templates.setMinHeight(28 * 6 + 4);
        Label officeTitle = new Label(messages.get("planui.officePlans"));
        officeTitle.getStyleClass().add("section-title");
        ListView<PlanEntry> office = officeList;
        office.setId("plan-office");
        office.setPlaceholder(wrappedMuted(messages.get("planui.officePlans.none")));
        templates.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) ->
                choose(entry, templates, office));
        office.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) ->
                choose(entry, office, templates));
        Button create = new Button(messages.get("planui.new"), Icons.ADD_UNIT.node());
        create.setId("plan-new");
        Permissions.needs(create, Permission.PLAN_EDIT);
        create.setTooltip(new Tooltip(messages.get("planui.new.tip")));
        create.disableProperty().bind(viewModel.selectedProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                        && !viewModel.selectedProperty().get().isTemplate(), viewModel.selectedProperty())));
        create.setOnAction(e -> viewModel.createFromSelectedTemplate());
        Button importButton = new Button(messages.get("planui.import"), Icons.IMPORT.node());
        importButton.setId("plan-import");
        Permissions.needs(importButton, Permission.PLAN_IMPORT);
        importButton.setOnAction(e -> viewModel.importFile());
        VBox.setVgrow(office, Priority.ALWAYS);
        VBox pane = new VBox(8, templatesTitle, templates, create, officeTitle, office, importButton);
        pane.setPadding(new Insets(0, 8, 0, 0));
        return pane;
    }

    /** Shows the chosen plan; when the user keeps unsaved edits instead, the lists go back to the current plan. */
    private void choose(PlanEntry entry, ListView<PlanEntry> from, ListView<PlanEntry> other) {
        if (entry == null || entry.equals(viewModel.selectedProperty().get())) {
            return;
        }
        if (viewModel.select(entry)) {
            FxThread.afterCurrentEvent(() -> other.getSelectionModel().clearSelection());
            return;
        }
        PlanEntry current = viewModel.selectedProperty().get();
        FxThread.afterCurrentEvent(() -> {
            from.getSelectionModel().clearSelection();
            if (current != null) {
                (current.isTemplate() ? templatesList : officeList).getSelectionModel().select(current);
            }
        });
    }

    private BorderPane detailPane() {
        Label name = new Label();
        name.setId("plan-title");
        name.getStyleClass().add("section-title");
        name.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                draft.draftProperty().get() == null ? messages.get("planui.pick") : draft.draftProperty().get().name(),
                draft.draftProperty()));
        Label info = new Label();
        info.setId("plan-version-info");
        info.getStyleClass().add("muted");
        info.textProperty().bind(viewModel.versionInfoProperty());
        Label unsaved = new Label(messages.get("planui.unsaved"));
        unsaved.getStyleClass().add("tag");
        unsaved.visibleProperty().bind(draft.dirtyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button(messages.get("planui.save"), Icons.CHECK.node());
        save.setTooltip(new Tooltip(messages.get("planui.save.tip")));
        save.setId("plan-save");
        Permissions.needs(save, Permission.PLAN_EDIT);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(draft.dirtyProperty().not().or(viewModel.savingProperty()));
        save.setOnAction(e -> viewModel.save());
        Button discard = new Button(messages.get("planui.discard"));
        discard.setId("plan-discard");
        discard.disableProperty().bind(draft.dirtyProperty().not());
        discard.setOnAction(e -> draft.discardChanges());
        Button activate = new Button(messages.get("planui.activate"), Icons.ALARM.node());
        activate.setId("plan-activate");
        Permissions.needs(activate, Permission.PLAN_ACTIVATE);
        activate.setTooltip(new Tooltip(messages.get("planui.activate.tip")));
        activate.disableProperty().bind(draft.editableProperty().not().or(draft.dirtyProperty())
                .or(viewModel.selectedActiveProperty()));
        activate.setOnAction(e -> viewModel.activateSelected());
        Button export = new Button(null, Icons.EXPORT.node());
        export.setId("plan-export");
        Permissions.needs(export, Permission.PLAN_EXPORT);
        export.setTooltip(new Tooltip(messages.get("planui.export")));
        export.disableProperty().bind(viewModel.selectedProperty().isNull());
        export.setOnAction(e -> viewModel.exportFile());
        HBox header = new HBox(10, name, unsaved, spacer, discard, save, activate, export);
        header.setAlignment(Pos.CENTER_LEFT);
        Label problems = new Label();
        problems.setId("plan-draft-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("field-error");
        problems.textProperty().bind(draft.draftProblemsProperty());
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        VBox top = new VBox(4, header, info, problems,
                new RevisionProposalsPane(viewModel.proposals(), messages).node());
        top.setPadding(new Insets(0, 0, 8, 8));

        tabs = new TabPane(new OverviewTab(draft, viewModel.history()).build(), documentTab.build(),
                new OrganisationTab(draft, viewModel.rosterUnitNames()).build(), new LevelsTab(draft).build(),
                new PeriodsTab(draft).build(), new DeadlinesTab(draft).build(), new PhasesTab(draft).build(),
                new AssessTab(viewModel.trial(), draft).build(), new ChangesTab(draft).build(), new TextTab(draft).build());
        tabs.setId("plan-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(draft.draftProperty().isNull());
        BorderPane pane = new BorderPane(tabs);
        pane.setTop(top);
        BorderPane.setMargin(tabs, new Insets(0, 0, 0, 8));
        return pane;
    }

    private static Label wrappedMuted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        return label;
    }
}
