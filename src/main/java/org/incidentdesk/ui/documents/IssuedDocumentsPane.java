package org.incidentdesk.ui.documents;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Permissions;

/** The selected form's issued documents, to export or print again with their own 文号 and content. */
final class IssuedDocumentsPane {
    private final IssuingViewModel model;
    private final ObservableBooleanValue busy;
    private final DialogService dialogs;
    private final PrintDialog printDialog;
    private final Messages messages;

    IssuedDocumentsPane(IssuingViewModel model, ObservableBooleanValue busy, DialogService dialogs,
                        PrintDialog printDialog, Messages messages) {
        this.model = model;
        this.busy = busy;
        this.dialogs = dialogs;
        this.printDialog = printDialog;
        this.messages = messages;
    }

    Node node() {
        ListView<IssuedDocument> list = new ListView<>(model.issued());
        list.setId("report-issued");
        list.setPlaceholder(DocumentsView.wrapping(new Label(messages.get("reportui.issued.none"))));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(IssuedDocument document, boolean empty) {
                super.updateItem(document, empty);
                setText(empty || document == null ? null : model.describe(document));
                setTooltip(empty || document == null ? null : new Tooltip(document.title() + "\n" + document.target()
                        + "\nSHA-256 " + document.sha256()));
            }
        });
        list.setPrefHeight(130);
        list.setMinHeight(90);
        Button again = new Button(messages.get("reportui.reexport"), Icons.EXPORT.node());
        again.setId("report-reexport");
        Permissions.needs(again, Permission.DOCUMENT_ISSUE);
        again.setOnAction(e -> {
            IssuedDocument document = list.getSelectionModel().getSelectedItem();
            dialogs.chooseFileToSave(messages.get("reportui.exportTitle"), model.reprintFileName(document),
                    List.of(new DialogService.FileType("PDF", List.of("*.pdf"))))
                    .ifPresent(file -> model.exportAgain(document, file));
        });
        Button reprint = new Button(messages.get("reportui.reprint"), Icons.PRINT.node());
        reprint.setId("report-reprint");
        Permissions.needs(reprint, Permission.DOCUMENT_PRINT);
        reprint.setOnAction(e -> {
            IssuedDocument document = list.getSelectionModel().getSelectedItem();
            printDialog.show(messages.get("reportui.reprint.title", model.name(document)),
                    (printer, copies, duplex) -> model.printAgain(document, printer, copies, duplex));
        });
        var none = list.getSelectionModel().selectedItemProperty().isNull().or(busy);
        again.disableProperty().bind(none);
        reprint.disableProperty().bind(none);
        Label note = DocumentsView.wrapping(new Label(messages.get("reportui.issued.note")));
        note.getStyleClass().add("text-muted");
        FlowPane buttons = new FlowPane(6, 6, again, reprint);
        TitledPane pane = new TitledPane(messages.get("reportui.issued"), new VBox(6, list, buttons, note));
        pane.setId("report-issued-pane");
        pane.setExpanded(true);
        return pane;
    }
}
