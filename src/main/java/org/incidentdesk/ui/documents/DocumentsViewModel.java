package org.incidentdesk.ui.documents;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
import javafx.collections.transformation.FilteredList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.IncidentSummary;
import org.incidentdesk.report.FontChoice;
import org.incidentdesk.report.FontFallback;
import org.incidentdesk.report.PdfPages;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.report.Urgency;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.documents.DocumentReprints;
import org.incidentdesk.service.documents.FormRequest;
import org.incidentdesk.service.documents.IssuedPdf;
import org.incidentdesk.service.documents.DocumentService;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The 文书 workspace: pick a form, the incident it is filled from (open incidents first, or the invented sample)
 * and its marks, see it at true size (pages rendered off the JavaFX thread), zoom; exporting and printing, new or
 * again, are {@link IssuingViewModel}'s. Holds the rendered pages as AWT images; the view turns them into nodes.
 */
public final class DocumentsViewModel implements ViewModelWorkspace.Activatable {
    /** 96 dpi: one PDF point shown as 4/3 screen pixels, so 100 % is the paper's true size. */
    static final float TRUE_SIZE_DPI = 96f;
    static final List<Integer> ZOOM_STEPS = List.of(50, 75, 100, 125, 150, 200);

    private final DocumentService documents;
    private final IncidentService incidents;
    private final IssuingViewModel issuing;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Executor fxThread;

    private final ObservableList<FormKind> forms = FXCollections.observableArrayList();
    private final ObjectProperty<FormKind> selected = new SimpleObjectProperty<>();
    private final ObservableList<IncidentChoice> incidentChoices = FXCollections.observableArrayList();
    private final FilteredList<IncidentChoice> shownIncidents = new FilteredList<>(incidentChoices);
    private final StringProperty incidentQuery = new SimpleStringProperty("");
    private final ObjectProperty<IncidentChoice> incident = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
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
    private final ObservableList<FontFallback> fallbacks = FXCollections.observableArrayList();
    private final StringProperty fontWarning = new SimpleStringProperty("");
    private RenderedPdf current;
    private volatile int generation;
    /** The incident asked for (from the board) before the list of incidents has loaded. */
    private Long wantedIncident;
    /** The incident selected on the board (null: none), asked each time the workspace is shown. */
    private Supplier<Long> boardSelection = () -> null;
    private Long followedSelection;

    public DocumentsViewModel(DocumentService documents, DocumentReprints reprints, IncidentService incidents,
                              TaskRunner tasks, DialogService dialogs, Messages messages, ZoneId zone, Executor fxThread) {
        this.documents = documents;
        this.incidents = incidents;
        this.issuing = new IssuingViewModel(documents, reprints, zone, tasks, dialogs, messages, busy, this::fail,
                this::afterIssue);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.fxThread = fxThread;
        forms.setAll(documents.forms());
        selected.addListener((obs, old, form) -> {
            urgency.set(Urgency.NONE); // 紧急程度 is chosen for each document, never carried over from the last one
            refresh();
            loadIssued();
        });
        incident.addListener((obs, old, choice) -> {
            if (selected.get() != null && selected.get().fromIncident()) {
                refresh();
                loadIssued();
            }
        });
        incidentQuery.addListener((obs, old, query) -> shownIncidents.setPredicate(c -> c.matches(query)));
        zoom.addListener((obs, old, z) -> renderPages());
    }

    /** Opens on the incident selected on the board whenever that selection changed since the last visit. */
    public void followBoardSelection(Supplier<Long> selection) {
        this.boardSelection = selection;
    }

    @Override
    public void activate() {
        Long onBoard = boardSelection.get();
        if (onBoard != null && !onBoard.equals(followedSelection)) {
            followedSelection = onBoard;
            openIncident(onBoard);
        }
        if (fonts.isEmpty()) {
            tasks.read(documents::fontFallbacks, fallbacks::setAll, failure -> { });
            tasks.read(documents::fonts, this::showFonts, failure -> { });
        }
        loadIncidents();
    }

    /** Opens the workspace's incident forms on {@code incidentId} (the board's 生成文书…). */
    public void openIncident(long incidentId) {
        wantedIncident = incidentId;
        if (selected.get() == null || !selected.get().fromIncident()) {
            selected.set(FormKind.FIRST_REPORT);
        }
        incidentQuery.set("");
        chooseWanted();
    }

    /** The board's incidents, open ones first, newest number first within each, then the sample. */
    private void loadIncidents() {
        tasks.read(incidents::summaries, summaries -> {
            List<IncidentChoice> choices = new ArrayList<>();
            summaries.stream().map(IncidentSummary::incident).filter(i -> i.phase().isOpen()).map(IncidentChoice::of)
                    .forEach(choices::add);
            summaries.stream().map(IncidentSummary::incident).filter(i -> !i.phase().isOpen()).map(IncidentChoice::of)
                    .forEach(choices::add);
            choices.add(IncidentChoice.SAMPLE);
            IncidentChoice before = incident.get();
            incidentChoices.setAll(choices);
            if (!chooseWanted()) {
                incident.set(before == null ? choices.get(0) : find(before.incidentId()).orElse(choices.get(0)));
            }
            selectFirstForm();
        }, failure -> {
            incidentChoices.setAll(IncidentChoice.SAMPLE);
            incident.set(IncidentChoice.SAMPLE);
            selectFirstForm();
            fail("reportui.incidentsFailed", failure);
        });
    }

    private boolean chooseWanted() {
        Long wanted = wantedIncident;
        if (wanted == null) {
            return false;
        }
        Optional<IncidentChoice> found = find(wanted);
        found.ifPresent(choice -> {
            wantedIncident = null;
            incident.set(choice);
        });
        return found.isPresent();
    }

    private Optional<IncidentChoice> find(Long incidentId) {
        return incidentChoices.stream().filter(c -> Objects.equals(c.incidentId(), incidentId)).findFirst();
    }

    /** With an incident on the board the workspace opens on its 首报; otherwise on the first form. */
    private void selectFirstForm() {
        if (selected.get() == null && !forms.isEmpty()) {
            boolean incidentChosen = incident.get() != null && !incident.get().sample();
            selected.set(incidentChosen && forms.contains(FormKind.FIRST_REPORT) ? FormKind.FIRST_REPORT : forms.get(0));
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
        problem.set("");
        status.set(messages.get("reportui.rendering"));
        float dpi = dpi();
        tasks.refresh("documents-layout", () -> {
            RenderedPdf pdf = documents.preview(request);
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
        }, failure -> {
            if (run == generation) {
                previewFailed(failure);
            }
        });
    }

    /** Data the chosen incident lacks for this form is said in the preview itself, not in a dialog per click. */
    private void previewFailed(Throwable failure) {
        if (!(failure instanceof ValidationException invalid)) {
            fail("reportui.failed", failure);
            return;
        }
        current = null;
        pages.clear();
        busy.set(false);
        progress.set(0);
        IncidentChoice from = incident.get();
        boolean noData = invalid.violations().stream().anyMatch(v -> v.messageKey().equals("validation.report.noIncident"));
        String detail = noData && from != null && selected.get() != null
                ? messages.get("reportui.incident.cannotFill", messages.get(selected.get().messageKey()), from.number())
                : String.join("\n", invalid.violations().stream().map(messages::describe).toList());
        problem.set(detail);
        status.set(messages.get("reportui.failed", detail));
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
        issuing.export(request(), file);
    }

    public void print(String printer, int copies, boolean duplex) {
        issuing.print(request(), printer, copies, duplex);
    }

    /** The number was taken: the preview moves on to the next one, and the document joins the issued list. */
    private void afterIssue(IssuedPdf issued) {
        if (issued.record().number() != null) {
            refresh();
        }
        loadIssued();
    }

    /** The documents of the selected form already issued (for the chosen incident, when one is chosen). */
    private void loadIssued() {
        FormKind form = selected.get();
        Long incidentId = form != null && form.fromIncident() && incident.get() != null ? incident.get().incidentId() : null;
        issuing.load(form, incidentId);
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
        FormRequest request = FormRequest.of(form).withSequence(sequence.get())
                .withMarks(copy, secrecy.get(), period, urgency.get());
        IncidentChoice from = incident.get();
        return form.fromIncident() && from != null && !from.sample() ? request.forIncident(from.incidentId()) : request;
    }

    /** The PDF the preview shows (null before the first one or after a failure). */
    RenderedPdf currentPdf() {
        return current;
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

    /** 首报-2026-001.pdf: the form's short name, then the incident's number when the form is filled from one. */
    public String defaultFileName() {
        FormKind form = selected.get();
        if (form == null) {
            return messages.get("reportui.title") + ".pdf";
        }
        IncidentChoice from = incident.get();
        boolean ofIncident = form.fromIncident() && from != null && !from.sample();
        String name = messages.get(form.fileNameKey()) + (ofIncident ? "-" + from.number()
                : form.fromIncident() ? "-" + messages.get("reportui.file.sample") : "");
        return name + ".pdf";
    }

    public ObservableList<FormKind> forms() { return forms; }
    public ObjectProperty<FormKind> selectedProperty() { return selected; }
    public ObservableList<IncidentChoice> incidents() { return shownIncidents; }
    public StringProperty incidentQueryProperty() { return incidentQuery; }
    public ObjectProperty<IncidentChoice> incidentProperty() { return incident; }
    public StringProperty problemProperty() { return problem; }
    public IssuingViewModel issuing() { return issuing; }
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
    public ObservableList<FontFallback> fontFallbacks() { return fallbacks; }
    public StringProperty fontWarningProperty() { return fontWarning; }
}
