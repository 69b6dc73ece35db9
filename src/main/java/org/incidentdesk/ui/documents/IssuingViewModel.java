package org.incidentdesk.ui.documents;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.report.PdfPrinting;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.documents.DocumentReprints;
import org.incidentdesk.service.documents.DocumentService;
import org.incidentdesk.service.documents.FormRequest;
import org.incidentdesk.service.documents.IssueCheck;
import org.incidentdesk.service.documents.IssuedPdf;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * What puts a document out of the 文书 workspace: export or print of the previewed form (a 文号 is taken only after
 * the person confirms what the document still leaves open), the form's issued documents, and export or print of
 * one of them again with its own 文号 and bytes. Shares the workspace's busy flag and its way of reporting failures.
 */
public final class IssuingViewModel {
    private static final int ISSUED_SHOWN = 50;
    private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentService documents;
    private final DocumentReprints reprints;
    private final ZoneId zone;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final BooleanProperty busy;
    private final BiConsumer<String, Throwable> fail;
    private final Consumer<IssuedPdf> afterIssue;
    private final ObservableList<IssuedDocument> issued = FXCollections.observableArrayList();

    IssuingViewModel(DocumentService documents, DocumentReprints reprints, ZoneId zone, TaskRunner tasks,
                     DialogService dialogs, Messages messages, BooleanProperty busy, BiConsumer<String, Throwable> fail,
                     Consumer<IssuedPdf> afterIssue) {
        this.documents = documents;
        this.reprints = reprints;
        this.zone = zone;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.busy = busy;
        this.fail = fail;
        this.afterIssue = afterIssue;
    }

    void export(FormRequest request, Path file) {
        confirmThen(request, () -> issueExport(request, file));
    }

    void print(FormRequest request, String printer, int copies, boolean duplex) {
        confirmThen(request, () -> issuePrint(request, printer, copies, duplex));
    }

    /**
     * Before a 文号 is taken: lists what the document still leaves （待填） and the roles set in a substitute face,
     * and goes on only when the person confirms (nothing to list: no question).
     */
    private void confirmThen(FormRequest request, Runnable issue) {
        if (!request.form().numbered() || request.sample()) {
            issue.run();
            return;
        }
        busy.set(true);
        tasks.read(() -> documents.check(request), check -> {
            busy.set(false);
            if (check.clean() || dialogs.confirm(messages.get("reportui.confirm.title"), confirmation(check),
                    messages.get("reportui.confirm.issue"))) {
                issue.run();
            }
        }, failure -> fail.accept("reportui.failed", failure));
    }

    String confirmation(IssueCheck check) {
        List<String> lines = new ArrayList<>();
        if (!check.blanks().isEmpty()) {
            lines.add(messages.get("reportui.confirm.blanks", String.join("、", check.blanks())));
        }
        if (!check.substituteFaces().isEmpty()) {
            lines.add(messages.get("reportui.confirm.faces", String.join("、", check.substituteFaces())));
        }
        lines.add(messages.get("reportui.confirm.question"));
        return String.join("\n", lines);
    }

    private void issueExport(FormRequest request, Path file) {
        busy.set(true);
        tasks.write(() -> documents.export(request, file), issued -> {
            busy.set(false);
            afterIssue.accept(issued);
            dialogs.notify(messages.get("reportui.exported", file, numberOf(issued), issued.record().sha256()), null, null);
        }, failure -> fail.accept("reportui.failed", failure));
    }

    public void loadPrinters(Consumer<List<PdfPrinting.Printer>> onLoaded) {
        tasks.read(documents::printers, onLoaded, failure -> fail.accept("reportui.printFailed", failure));
    }

    private void issuePrint(FormRequest request, String printer, int copies, boolean duplex) {
        busy.set(true);
        tasks.write(() -> documents.print(request, printer, copies, duplex), issued -> {
            busy.set(false);
            afterIssue.accept(issued);
            dialogs.notify(messages.get("reportui.printed", printer, numberOf(issued)), null, null);
        }, failure -> fail.accept("reportui.printFailed", failure));
    }

    /** The documents of {@code form} already issued (for {@code incidentId} when not null); none without a form. */
    void load(FormKind form, Long incidentId) {
        if (form == null) {
            issued.clear();
            return;
        }
        tasks.refresh("documents-issued", () -> reprints.issued(form, incidentId, ISSUED_SHOWN), issued::setAll,
                failure -> fail.accept("reportui.failed", failure));
    }

    /** Writes an issued document again, byte for byte: same 文号, no number taken. */
    public void exportAgain(IssuedDocument document, Path file) {
        busy.set(true);
        tasks.write(() -> reprints.exportAgain(document.id(), file), again -> {
            busy.set(false);
            dialogs.notify(messages.get("reportui.reexported", file, numberOf(again), again.record().sha256()), null, null);
        }, failure -> fail.accept("reportui.failed", failure));
    }

    public void printAgain(IssuedDocument document, String printer, int copies, boolean duplex) {
        busy.set(true);
        tasks.write(() -> reprints.printAgain(document.id(), printer, copies, duplex), again -> {
            busy.set(false);
            dialogs.notify(messages.get("reportui.reprinted", printer, numberOf(again)), null, null);
        }, failure -> fail.accept("reportui.printFailed", failure));
    }

    /** One entry of the issued list: number (or title), then when, how, by whom. */
    public String describe(IssuedDocument document) {
        return messages.get("reportui.issued.line", name(document), ISSUED_AT.format(document.at().atZone(zone)),
                messages.get("reportui.issued." + document.delivery().name()), document.by());
    }

    /** The 文号, or the title of a form without one. */
    public String name(IssuedDocument document) {
        return document.number() == null ? document.title() : document.number();
    }

    public String reprintFileName(IssuedDocument document) {
        String number = document.number() == null ? "" : "-" + document.number().replaceAll("[〔〕号]", "");
        String form = FormKind.byId(document.form()).map(f -> messages.get(f.fileNameKey())).orElse(document.form());
        return form + number + ".pdf";
    }

    private String numberOf(IssuedPdf issued) {
        return issued.record().number() == null ? messages.get("report.cli.noNumber") : issued.record().number();
    }

    public ObservableList<IssuedDocument> issued() { return issued; }
}
