package org.incidentdesk.ui.documents;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.report.FontChoice;
import org.incidentdesk.report.FontFallback;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.report.Urgency;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.WorkspaceView;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** The 文书 workspace: forms and their marks on the left, the true-size preview in the middle, fonts below. */
final class DocumentsView implements WorkspaceView {
    private final DocumentsViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox pageColumn = new VBox(24);
    private final PrintDialog printDialog;

    DocumentsView(DocumentsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = model.messages();
        this.printDialog = new PrintDialog(messages, model.issuing()::loadPrinters,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        root.setId("reports-workspace");
        root.setLeft(sidebar());
        root.setCenter(preview());
        model.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());
        model.problemProperty().addListener((obs, old, problem) -> showPages());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::printNew,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportPdf);
    }

    private Node sidebar() {
        ListView<FormKind> list = new ListView<>(model.forms());
        list.setId("report-forms");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FormKind form, boolean empty) {
                super.updateItem(form, empty);
                setText(empty || form == null ? null : messages.get(form.messageKey()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, form) -> {
            if (form != null) {
                model.selectedProperty().set(form);
            }
        });
        model.selectedProperty().addListener((obs, old, form) -> list.getSelectionModel().select(form));
        list.setPrefHeight(250);
        list.setMinHeight(200);
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField copy = new TextField();
        copy.setId("report-copy");
        copy.setPromptText("000001");
        copy.textProperty().bindBidirectional(model.copyNumberProperty());
        ChoiceBox<Secrecy> secrecy = new ChoiceBox<>();
        secrecy.setId("report-secrecy");
        secrecy.getItems().setAll(Secrecy.values());
        secrecy.setConverter(names("report.secrecy."));
        secrecy.valueProperty().bindBidirectional(model.secrecyProperty());
        TextField period = new TextField();
        period.setPromptText("1年");
        period.textProperty().bindBidirectional(model.secrecyPeriodProperty());
        period.disableProperty().bind(model.secrecyProperty().isEqualTo(Secrecy.NONE));
        ChoiceBox<Urgency> urgency = new ChoiceBox<>();
        urgency.setId("report-urgency");
        urgency.getItems().setAll(Urgency.values());
        urgency.setConverter(names("report.urgency."));
        urgency.valueProperty().bindBidirectional(model.urgencyProperty());
        Spinner<Integer> sequence = new Spinner<>(1, 99, model.sequenceProperty().get());
        sequence.valueProperty().addListener((obs, old, v) -> model.sequenceProperty().set(v));
        sequence.setPrefWidth(90);
        Button apply = new Button(messages.get("reportui.refresh"), Icons.REFRESH.node());
        apply.setId("report-refresh");
        apply.setOnAction(e -> model.refresh());

        GridPane marks = new GridPane();
        marks.setHgap(8);
        marks.setVgap(6);
        marks.addRow(0, new Label(messages.get("reportui.copy")), copy);
        marks.addRow(1, new Label(messages.get("reportui.secrecy")), secrecy);
        marks.addRow(2, new Label(messages.get("reportui.period")), period);
        marks.addRow(3, new Label(messages.get("reportui.urgency")), urgency);
        marks.addRow(4, new Label(messages.get("reportui.sequence")), sequence);
        marks.add(apply, 1, 5);

        Label sample = wrapping(new Label(messages.get("reportui.sampleNote")));
        sample.getStyleClass().add("text-muted");
        VBox side = new VBox(10, new Label(messages.get("reportui.forms")), list, incidentChooser(), sample, marks,
                new IssuedDocumentsPane(model.issuing(), model.busyProperty(), dialogs, printDialog,
                        messages).node(), fontsPane());
        side.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(310);
        scroll.setMinWidth(270);
        return scroll;
    }

    /** Which incident the incident forms are filled from: searchable by number or title; off for the other forms. */
    private Node incidentChooser() {
        TextField search = new TextField();
        search.setId("report-incident-search");
        search.setPromptText(messages.get("reportui.incident.search"));
        search.textProperty().bindBidirectional(model.incidentQueryProperty());
        ListView<IncidentChoice> list = new ListView<>(model.incidents());
        list.setId("report-incidents");
        list.setPlaceholder(new Label(messages.get("reportui.incident.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(IncidentChoice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : label(choice));
                getStyleClass().remove("text-muted");
                if (!empty && choice != null && !choice.sample() && !choice.open()) {
                    getStyleClass().add("text-muted");
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                model.incidentProperty().set(choice);
            }
        });
        model.incidentProperty().addListener((obs, old, choice) -> {
            list.getSelectionModel().select(choice);
            list.scrollTo(choice);
        });
        list.getItems().addListener((ListChangeListener<IncidentChoice>) c -> {
            IncidentChoice chosen = model.incidentProperty().get();
            if (chosen != null && list.getItems().contains(chosen)) {
                list.getSelectionModel().select(chosen);
            }
        });
        list.setPrefHeight(150);
        list.setMinHeight(110);
        Label chosen = wrapping(new Label());
        chosen.setId("report-incident-chosen");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            IncidentChoice choice = model.incidentProperty().get();
            return choice == null ? "" : messages.get("reportui.incident.chosen", label(choice));
        }, model.incidentProperty()));
        VBox box = new VBox(6, new Label(messages.get("reportui.incident")), search, list, chosen);
        box.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || !model.selectedProperty().get().fromIncident(),
                model.selectedProperty()));
        return box;
    }

    private String label(IncidentChoice choice) {
        if (choice.sample()) {
            return messages.get("reportui.incident.sample");
        }
        String text = choice.number() + "  " + choice.title();
        return choice.open() ? text : text + messages.get("reportui.incident.closed", messages.name(choice.phase()));
    }

    /** A label that wraps inside the narrow sidebar instead of cutting its text off. */
    static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }


    private Node fontsPane() {
        VBox rows = new VBox(4);
        Label warning = wrapping(new Label());
        warning.setId("report-font-warning");
        warning.textProperty().bind(model.fontWarningProperty());
        warning.setGraphic(Icons.WARNING.node());
        model.fonts().addListener((ListChangeListener<FontChoice>) c -> {
            rows.getChildren().clear();
            for (FontChoice choice : model.fonts()) {
                Label row = new Label(choice.role().chineseName() + "：" + choice.family() + "（"
                        + messages.get(choice.substitute() ? "reportui.fonts.substitute" : "reportui.fonts.customary") + "）");
                row.setTooltip(new Tooltip(choice.source()));
                wrapping(row);
                if (choice.substitute()) {
                    row.getStyleClass().add("warning");
                }
                rows.getChildren().add(row);
            }
            for (FontFallback fallback : model.fontFallbacks()) {
                Label row = wrapping(new Label(messages.get(fallback.rareHan() ? "reportui.fonts.rareHan"
                        : "reportui.fonts.fallback", fallback.family())));
                row.setTooltip(new Tooltip(fallback.source()));
                row.getStyleClass().add("text-muted");
                rows.getChildren().add(row);
            }
            warning.setVisible(model.fonts().stream().anyMatch(FontChoice::substitute));
        });
        TitledPane pane = new TitledPane(messages.get("reportui.fonts"), new VBox(6, warning, rows));
        pane.setId("report-fonts");
        pane.setExpanded(true);
        return pane;
    }

    private Node preview() {
        Button zoomOut = new Button(null, Icons.ZOOM_OUT.node());
        zoomOut.setTooltip(new Tooltip(messages.get("reportui.zoomOut")));
        zoomOut.setOnAction(e -> model.zoomOut());
        Button zoomIn = new Button(null, Icons.ZOOM_IN.node());
        zoomIn.setTooltip(new Tooltip(messages.get("reportui.zoomIn")));
        zoomIn.setOnAction(e -> model.zoomIn());
        Button actual = new Button(messages.get("reportui.zoomActual"));
        actual.setOnAction(e -> model.zoomActual());
        Label zoom = new Label();
        zoom.setId("report-zoom");
        zoom.textProperty().bind(model.zoomProperty().asString("%d%%"));
        Button export = new Button(messages.get("reportui.export"), Icons.EXPORT.node());
        export.setId("report-export");
        Permissions.needs(export, Permission.DOCUMENT_ISSUE);
        export.setOnAction(e -> exportPdf());
        Button print = new Button(messages.get("reportui.print"), Icons.PRINT.node());
        print.setId("report-print");
        Permissions.needs(print, Permission.DOCUMENT_PRINT);
        print.setOnAction(e -> printNew());
        export.disableProperty().bind(model.busyProperty());
        print.disableProperty().bind(model.busyProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("report-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.setPrefWidth(140);
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(zoomOut, zoom, zoomIn, actual, spacer, progress, export, print);

        pageColumn.setAlignment(Pos.TOP_CENTER);
        pageColumn.setPadding(new Insets(24));
        pageColumn.setId("report-pages");
        pageColumn.setStyle("-fx-background-color: -color-bg-subtle;");
        ScrollPane scroll = new ScrollPane(pageColumn);
        scroll.setFitToWidth(true);
        scroll.setId("report-preview");
        Label status = new Label();
        status.setId("report-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));
        BorderPane center = new BorderPane(scroll, bar, null, status, null);
        return center;
    }

    private void showPages() {
        List<BufferedImage> images = List.copyOf(model.pages());
        pageColumn.getChildren().clear();
        String problem = model.problemProperty().get();
        if (images.isEmpty() && problem != null && !problem.isBlank()) {
            Label says = wrapping(new Label(problem, Icons.WARNING.node()));
            says.setId("report-problem");
            says.setMaxWidth(560);
            pageColumn.getChildren().add(says);
        }
        for (BufferedImage image : images) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.35)));
            pageColumn.getChildren().add(view);
        }
    }

    private void exportPdf() {
        dialogs.chooseFileToSave(messages.get("reportui.exportTitle"), model.defaultFileName(),
                List.of(new DialogService.FileType("PDF", List.of("*.pdf")))).ifPresent(model::export);
    }

    private void printNew() {
        printDialog.show(messages.get("reportui.printer.title"), model::print);
    }


    private <T extends Enum<T>> StringConverter<T> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
