package org.incidentdesk.ui.warning;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.common.Tables;
import org.incidentdesk.ui.shell.WorkspaceView;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/**
 * The 预警 workspace: the blocks of the warnings in force on the left, the selected one's units to notify and
 * its actions on the right, the history below; on top, an incident to assess for a warning.
 */
final class WarningsView implements WorkspaceView {
    private final WarningsViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final FlowPane blocks = new FlowPane(12, 12);
    private final ComboBox<IncidentRef> assessChoice = new ComboBox<>();

    WarningsView(WarningsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        root.setId("warnings-view");
        root.getStyleClass().add("workspace");
        root.setTop(toolbar());
        SplitPane upper = new SplitPane(blocksPane(), detailPane());
        upper.setDividerPositions(0.54);
        SplitPane split = new SplitPane(upper, historyPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        root.setCenter(split);
        model.cards().addListener((ListChangeListener<WarningCard>) c -> showBlocks());
        model.selectedIdProperty().addListener((o, a, id) -> markSelected());
        model.nowProperty().addListener((o, a, b) -> blocks.getChildren().forEach(n -> {
            if (n instanceof WarningBlock block) {
                block.refreshSince();
            }
        }));
        showBlocks();
    }

    @Override
    public Node root() {
        return root;
    }

    /** Ctrl+J starts an assessment (研判) of the incident chosen on top. */
    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN), this::assess);
    }

    private Node toolbar() {
        Label title = new Label(messages.get("warningui.title"));
        title.getStyleClass().add("section-title");
        assessChoice.setId("warnings-assess-incident");
        assessChoice.setItems(model.openIncidents());
        assessChoice.setPromptText(messages.get("warningui.assess.choose"));
        assessChoice.setPrefWidth(300);
        model.openIncidents().addListener((ListChangeListener<IncidentRef>) c -> {
            if (assessChoice.getValue() == null && !model.openIncidents().isEmpty()) {
                assessChoice.setValue(model.openIncidents().get(0));
            }
        });
        Button assess = new Button(messages.get("warningui.assess.open"), Icons.MAGNIFY.node());
        assess.setId("warnings-assess");
        Permissions.needs(assess, Permission.INCIDENT_ASSESS, Permission.WARNING_ISSUE);
        assess.getStyleClass().add("accent");
        assess.disableProperty().bind(assessChoice.valueProperty().isNull());
        assess.setOnAction(e -> assess());
        for (javafx.scene.control.Control fixed : List.of(title, assess)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, title, new Region(), assessChoice, assess);
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private void assess() {
        IncidentRef incident = assessChoice.getValue();
        if (incident != null) {
            new AssessmentDialog(model, model.assessment(incident), root.getScene().getWindow()).show();
        }
    }

    private Node blocksPane() {
        blocks.setId("warning-blocks");
        blocks.setPadding(new Insets(4));
        Label empty = new Label(messages.get("warningui.none"));
        empty.setId("warnings-empty");
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(Bindings.isEmpty(model.cards()));
        ScrollPane scroll = new ScrollPane(blocks);
        scroll.setFitToWidth(true);
        StackPane pane = new StackPane(scroll, empty);
        pane.setMinWidth(WarningBlock.WIDTH + 30);
        return pane;
    }

    private void showBlocks() {
        blocks.getChildren().setAll(model.cards().stream().map(card -> new WarningBlock(model, card)).toList());
        markSelected();
    }

    private void markSelected() {
        Long id = model.selectedIdProperty().get();
        blocks.getChildren().forEach(n -> ((WarningBlock) n).showSelected(id));
    }

    private Node detailPane() {
        Label heading = new Label();
        heading.setId("warning-detail-heading");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label content = new Label();
        content.setId("warning-detail-content");
        content.setWrapText(true);
        content.setMinHeight(Region.USE_PREF_SIZE);
        model.selectedProperty().addListener((o, a, card) -> {
            heading.setText(card == null ? messages.get("warningui.detail.none")
                    : messages.get("warningui.detail.heading", card.warning().number(), model.levelText(card)));
            content.setText(card == null ? "" : messages.get("warningui.detail.content",
                    String.join("；", card.warning().items()), String.join("；", card.warning().measures())));
        });
        heading.setText(messages.get("warningui.detail.none"));

        Button adjust = new Button(messages.get("warningui.adjust"), Icons.EDIT.node());
        adjust.setId("warning-adjust");
        Permissions.needs(adjust, Permission.WARNING_ADJUST);
        adjust.setOnAction(e -> new WarningDraftDialog(model.adjustDraft(model.selectedProperty().get()),
                root.getScene().getWindow(), stored -> model.reload()).show());
        Button lift = new Button(messages.get("warningui.lift"), Icons.CHECK.node());
        lift.setId("warning-lift");
        Permissions.needs(lift, Permission.WARNING_LIFT);
        lift.setOnAction(e -> new LiftDialog(model.lift(model.selectedProperty().get()), root.getScene().getWindow(),
                lifted -> model.reload()).show());
        Button notice = new Button(messages.get("warningui.notice"), Icons.DOCUMENT.node());
        notice.setId("warning-notice");
        Permissions.needs(notice, Permission.DOCUMENT_ISSUE);
        notice.setOnAction(e -> model.exportNotice(model.selectedProperty().get()));
        for (Button b : List.of(adjust, lift, notice)) {
            b.disableProperty().bind(model.selectedProperty().isNull());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane actions = new FlowPane(8, 6, adjust, lift, notice);

        Label noticesTitle = new Label(messages.get("warningui.notices.title"));
        noticesTitle.getStyleClass().add("title-4");
        TableView<UnitNotice> table = new TableView<>(model.notices());
        table.setId("warning-notices");
        Label noNotices = new Label();
        noNotices.textProperty().bind(Bindings.when(model.selectedProperty().isNull())
                .then(messages.get("warningui.detail.none")).otherwise(messages.get("warningui.notices.none")));
        table.setPlaceholder(noNotices);
        table.getColumns().add(Tables.text(messages.get("warningui.notices.unit"), 130, UnitNotice::unitName));
        table.getColumns().add(Tables.text(messages.get("warningui.notices.liaison"), 80,
                n -> n.liaisonName() == null ? "—" : n.liaisonName()));
        table.getColumns().add(Tables.text(messages.get("warningui.notices.phone"), 110,
                n -> n.phone() == null ? "—" : n.phone()));
        TableColumn<UnitNotice, UnitNotice> receipt = new TableColumn<>(messages.get("warningui.notices.receipt"));
        receipt.setPrefWidth(150);
        receipt.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        receipt.setCellFactory(c -> new ReceiptCell());
        table.getColumns().add(receipt);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(8, heading, content, actions, noticesTitle, table);
        pane.setPadding(new Insets(4, 4, 4, 10));
        pane.setMinWidth(300);
        return pane;
    }

    /** "已收到 王五 03-03 10:20", or the 已收到 button while the unit has not confirmed. */
    private final class ReceiptCell extends TableCell<UnitNotice, UnitNotice> {
        @Override
        protected void updateItem(UnitNotice notice, boolean empty) {
            super.updateItem(notice, empty);
            setText(null);
            setGraphic(null);
            if (empty || notice == null) {
                return;
            }
            if (notice.acknowledged()) {
                setText(messages.get("warningui.notices.acknowledged", notice.acknowledgedBy(),
                        WarningTexts.at(notice.acknowledgedAt(), model.zone())));
            } else {
                Button ack = new Button(messages.get("warningui.notices.ack"));
                ack.setId("notice-ack-" + notice.unitName());
                Permissions.needs(ack, Permission.WARNING_RECEIPT, Permission.WARNING_RECEIPT_OWN_UNIT);
                ack.getStyleClass().add("small");
                ack.setOnAction(e -> model.acknowledge(notice));
                setGraphic(ack);
            }
        }
    }

    private Node historyPane() {
        Label title = new Label(messages.get("warningui.history.title"));
        title.getStyleClass().add("title-4");
        ComboBox<IncidentRef> filter = new ComboBox<>(model.historyIncidents());
        filter.setId("warning-history-filter");
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(IncidentRef incident) {
                return incident == null ? messages.get("warningui.history.allIncidents") : incident.toString();
            }

            @Override
            public IncidentRef fromString(String string) {
                throw new UnsupportedOperationException("choices only");
            }
        });
        filter.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(IncidentRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(filter.getConverter().toString(item));
            }
        });
        filter.valueProperty().bindBidirectional(model.historyFilterProperty());
        filter.setPrefWidth(260);
        Button export = new Button(messages.get("warningui.history.export"), Icons.EXPORT.node());
        export.setId("warning-history-export");
        export.setOnAction(e -> model.chooseAndExportHistory());
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, title, filter, export);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<WarningChange> table = new TableView<>(model.history());
        table.setId("warning-history");
        table.setPlaceholder(new Label(messages.get("warningui.history.none")));
        table.getColumns().add(Tables.text(messages.get("warningui.history.at"), 130,
                c -> WarningTexts.at(c.at(), model.zone())));
        table.getColumns().add(Tables.text(messages.get("warningui.history.number"), 90, WarningChange::warningNumber));
        table.getColumns().add(Tables.text(messages.get("warningui.history.kind"), 70,
                c -> messages.name(c.kind())));
        table.getColumns().add(Tables.text(messages.get("warningui.history.levels"), 90, model::historyLevels));
        table.getColumns().add(Tables.text(messages.get("warningui.history.incidents"), 110, model::historyIncidents));
        table.getColumns().add(Tables.text(messages.get("warningui.history.actor"), 90, WarningChange::actor));
        table.getColumns().add(Tables.wrapping(messages.get("warningui.history.reason"), 300,
                c -> c.reason() == null ? "" : c.reason()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(6, bar, table);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }
}
