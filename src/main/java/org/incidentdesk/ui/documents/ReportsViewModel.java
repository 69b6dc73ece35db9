package org.incidentdesk.ui.documents;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.report.FontChoice;
import org.incidentdesk.report.PdfPages;
import org.incidentdesk.report.PdfPrinting;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.report.Secrecy;
import org.incidentdesk.report.Urgency;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.documents.FormRequest;
import org.incidentdesk.service.documents.IssuedPdf;
import org.incidentdesk.service.documents.ReportService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The 文书 workspace: pick a form and its marks, see it at true size (pages rendered off the JavaFX thread),
 * zoom, export to PDF or print. Holds the rendered pages as AWT images; the view turns them into nodes.
 */
public final class ReportsViewModel implements ViewModelWorkspace.Activatable {
    /** 96 dpi: one PDF point shown as 4/3 screen pixels, so 100 % is the paper's true size. */
    static final float TRUE_SIZE_DPI = 96f;
    static final List<Integer> ZOOM_STEPS = List.of(50, 75, 100, 125, 150, 200);

    private final ReportService reports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Executor fxThread;

    private final ObservableList<FormKind> forms = FXCollections.observableArrayList();
    private final ObjectProperty<FormKind> selected = new SimpleObjectProperty<>();
    private final StringProperty copyNumber = new SimpleStringProperty("");
    private final ObjectProperty<Secrecy> secrecy = new SimpleObjectProperty<>(Secrecy.NONE);
    private final StringProperty secrecyPeriod = new SimpleStringProperty("");
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(Urgency.NONE);
    private final IntegerProperty sequence = new SimpleIntegerProperty(1);
    private final IntegerProperty zoom = new SimpleIntegerProperty(100);
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<FontChoice> fonts = FXCollections.observableArrayList();
    private final StringProperty fontWarning = new SimpleStringProperty("");
    private RenderedPdf current;
    private volatile int generation;

    public ReportsViewModel(ReportService reports, TaskRunner tasks, DialogService dialogs, Messages messages,
                            Executor fxThread) {
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.fxThread = fxThread;
        forms.setAll(reports.forms());
        selected.addListener((obs, old, form) -> refresh());
        zoom.addListener((obs, old, z) -> renderPages());
    }

    @Override
    public void activate() {
        if (fonts.isEmpty()) {
            tasks.read(reports::fonts, this::showFonts, failure -> { });
        }
        if (selected.get() == null && !forms.isEmpty()) {
            selected.set(forms.get(0));
        }
    }

    @Override
    public void deactivate() {
        // nothing listens between visits: the preview is rebuilt on demand
    }

    private void showFonts(List<FontChoice> mapping) {
        fonts.setAll(mapping);
        List<String> substituted = mapping.stream().filter(FontChoice::substitute)
                .map(c -> c.role().chineseName()).toList();
        fontWarning.set(substituted.isEmpty() ? messages.get("reportui.fonts.allCustomary")
                : messages.get("reportui.fonts.warning", String.join("、", substituted)));
    }

    /** Lays the selected form out again with the chosen marks and renders its pages. */
    public void refresh() {
        FormKind form = selected.get();
        if (form == null) {
            return;
        }
        FormRequest request = request();
        int run = ++generation;
        busy.set(true);
        progress.set(-1);
        status.set(messages.get("reportui.rendering"));
        float dpi = dpi();
        tasks.refresh("documents-layout", () -> {
            RenderedPdf pdf = reports.preview(request);
            return new Preview(pdf, render(pdf, dpi, run));
        }, preview -> {
            if (run != generation) {
                return;
            }
            current = preview.pdf();
            pages.setAll(preview.images());
            busy.set(false);
            progress.set(1);
            status.set(messages.get("reportui.pages", preview.pdf().pages()) + "  " + messages.get("reportui.numberNote"));
        }, failure -> fail("reportui.failed", failure));
    }

    private record Preview(RenderedPdf pdf, List<BufferedImage> images) {
    }

    private void renderPages() {
        RenderedPdf pdf = current;
        if (pdf == null) {
            return;
        }
        int run = ++generation;
        float dpi = dpi();
        busy.set(true);
        tasks.refresh("documents-pages", () -> render(pdf, dpi, run), images -> {
            if (run == generation) {
                pages.setAll(images);
                busy.set(false);
            }
        }, failure -> fail("reportui.failed", failure));
    }

    /** Runs on the worker thread; reports progress page by page. */
    private List<BufferedImage> render(RenderedPdf pdf, float dpi, int run) {
        List<BufferedImage> images = new ArrayList<>();
        try (PdfPages document = PdfPages.open(pdf.bytes())) {
            int count = document.count();
            for (int i = 0; i < count && run == generation; i++) {
                images.add(document.render(i, dpi));
                double done = (i + 1) / (double) count;
                fxThread.execute(() -> progress.set(done));
            }
        }
        return images;
    }

    public void export(Path file) {
        FormRequest request = request();
        busy.set(true);
        tasks.write(() -> reports.export(request, file), issued -> {
            busy.set(false);
            afterIssue(issued);
            dialogs.notify(messages.get("reportui.exported", file, numberOf(issued), issued.record().sha256()), null, null);
        }, failure -> fail("reportui.failed", failure));
    }

    public void loadPrinters(Consumer<List<PdfPrinting.Printer>> onLoaded) {
        tasks.read(reports::printers, onLoaded, failure -> fail("reportui.printFailed", failure));
    }

    public void print(String printer, int copies, boolean duplex) {
        FormRequest request = request();
        busy.set(true);
        tasks.write(() -> reports.print(request, printer, copies, duplex), issued -> {
            busy.set(false);
            afterIssue(issued);
            dialogs.notify(messages.get("reportui.printed", printer, numberOf(issued)), null, null);
        }, failure -> fail("reportui.printFailed", failure));
    }

    /** The number was taken: the preview moves on to the next one. */
    private void afterIssue(IssuedPdf issued) {
        if (issued.record().number() != null) {
            refresh();
        }
    }

    private String numberOf(IssuedPdf issued) {
        return issued.record().number() == null ? messages.get("report.cli.noNumber") : issued.record().number();
    }

    private void fail(String key, Throwable failure) {
        busy.set(false);
        progress.set(0);
        String detail = failure instanceof ValidationException invalid
                ? String.join("\n", invalid.violations().stream().map(messages::describe).toList())
                : String.valueOf(failure.getMessage());
        status.set(messages.get(key, detail));
        dialogs.showError(messages.get("reportui.title"), messages.get(key, detail));
    }

    FormRequest request() {
        FormKind form = selected.get();
        String copy = copyNumber.get() == null || copyNumber.get().isBlank() ? null : copyNumber.get().strip();
        String period = secrecyPeriod.get() == null || secrecyPeriod.get().isBlank() ? null : secrecyPeriod.get().strip();
        return FormRequest.of(form).withSequence(sequence.get()).withMarks(copy, secrecy.get(), period, urgency.get());
    }

    private float dpi() {
        return TRUE_SIZE_DPI * zoom.get() / 100f;
    }

    public void zoomIn() {
        ZOOM_STEPS.stream().filter(z -> z > zoom.get()).findFirst().ifPresent(zoom::set);
    }

    public void zoomOut() {
        ZOOM_STEPS.reversed().stream().filter(z -> z < zoom.get()).findFirst().ifPresent(zoom::set);
    }

    public void zoomActual() {
        zoom.set(100);
    }

    public Messages messages() {
        return messages;
    }

    public String defaultFileName() {
        FormKind form = selected.get();
        return (form == null ? "document" : form.id()) + ".pdf";
    }

    public ObservableList<FormKind> forms() { return forms; }
    public ObjectProperty<FormKind> selectedProperty() { return selected; }
    public StringProperty copyNumberProperty() { return copyNumber; }
    public ObjectProperty<Secrecy> secrecyProperty() { return secrecy; }
    public StringProperty secrecyPeriodProperty() { return secrecyPeriod; }
    public ObjectProperty<Urgency> urgencyProperty() { return urgency; }
    public IntegerProperty sequenceProperty() { return sequence; }
    public IntegerProperty zoomProperty() { return zoom; }
    public ObservableList<BufferedImage> pages() { return pages; }
    public BooleanProperty busyProperty() { return busy; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
    public ObservableList<FontChoice> fonts() { return fonts; }
    public StringProperty fontWarningProperty() { return fontWarning; }
}
