package org.incidentdesk.ui.documents;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.report.PdfPrinting;
import org.incidentdesk.ui.common.DialogWindows;

/** The print dialog of the 文书 workspace: printer (loaded off the JavaFX thread), copies, both sides. */
final class PrintDialog {
    private final Messages messages;
    private final Consumer<Consumer<List<PdfPrinting.Printer>>> printerList;
    private final Supplier<Window> owner;

    PrintDialog(Messages messages, Consumer<Consumer<List<PdfPrinting.Printer>>> printerList, Supplier<Window> owner) {
        this.messages = messages;
        this.printerList = printerList;
        this.owner = owner;
    }

    /** What the print dialog does with the printer, copies and sides chosen. */
    @FunctionalInterface
    interface PrintAction {
        void print(String printer, int copies, boolean duplex);
    }

    void show(String title, PrintAction action) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        DialogWindows.prepare(dialog, owner.get());
        ButtonType printButton = new ButtonType(messages.get("reportui.printer.print"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("reportui.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(printButton, cancel);
        ChoiceBox<PdfPrinting.Printer> printers = new ChoiceBox<>();
        printers.setConverter(new StringConverter<>() {
            @Override
            public String toString(PdfPrinting.Printer p) {
                return p == null ? "" : p.name();
            }

            @Override
            public PdfPrinting.Printer fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> copies = new Spinner<>(1, 99, 1);
        CheckBox duplex = new CheckBox(messages.get("reportui.printer.duplex"));
        Label state = new Label(messages.get("reportui.printer.loading"));
        printers.valueProperty().addListener((obs, old, p) -> {
            duplex.setDisable(p == null || !p.duplex());
            duplex.setSelected(p != null && p.duplex());
            state.setText(p != null && !p.duplex() ? messages.get("reportui.printer.noDuplex") : "");
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("reportui.printer.choose")), printers);
        grid.addRow(1, new Label(messages.get("reportui.printer.copies")), copies);
        grid.add(duplex, 1, 2);
        grid.add(state, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(printButton).disableProperty().bind(printers.valueProperty().isNull());
        printerList.accept(found -> {
            printers.getItems().setAll(found);
            if (found.isEmpty()) {
                state.setText(messages.get("reportui.printer.none"));
            } else {
                printers.setValue(found.get(0));
            }
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == printButton && printers.getValue() != null) {
            action.print(printers.getValue().name(), copies.getValue(), duplex.isSelected());
        }
    }
}
