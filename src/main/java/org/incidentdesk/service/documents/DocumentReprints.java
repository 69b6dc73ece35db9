package org.incidentdesk.service.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.IncidentVisibility;

/**
 * Documents already issued, and their reprints: a reprint sends the PDF kept at issue, byte for byte (checked
 * against the SHA-256 recorded then), so it carries the same 文号 and content. It takes no number and adds no
 * issued document; the audit log records who reprinted what, when and where to. Thread-safe; never on the JavaFX
 * thread.
 */
public final class DocumentReprints {
    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final DocumentSecrecy secrecy;

    public DocumentReprints(Store store, Clock clock, ActorSource actors) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.secrecy = new DocumentSecrecy(actors, IncidentFormData.none());
    }

    /**
     * Issued documents of {@code form} (null: every form) for {@code incidentId} (null: any), newest first: those
     * the account's clearance permits.
     */
    public List<IssuedDocument> issued(FormKind form, Long incidentId, int limit) {
        return store.inTransaction(s -> s.documents().issued(form == null ? null : form.id(), incidentId, limit,
                secrecy.clearance(), IncidentVisibility.scope(actors)));
    }

    /** The PDF as it was issued. */
    public RenderedPdf original(long documentId) {
        return store.inTransaction(s -> kept(s, record(s, documentId)));
    }

    /** Writes the issued PDF again to {@code file}. */
    public IssuedPdf exportAgain(long documentId, Path file) {
        Access.require(actors, Permission.DOCUMENT_ISSUE);
        PdfDelivery.checkFileName(file);
        return reprint(documentId, "reprint-export", file.toAbsolutePath().toString(), pdf -> PdfDelivery.write(pdf, file));
    }

    /** Prints the issued PDF again on {@code printer}. */
    public IssuedPdf printAgain(long documentId, String printer, int copies, boolean duplex) {
        Access.require(actors, Permission.DOCUMENT_PRINT);
        return reprint(documentId, "reprint-print", printer + " ×" + copies,
                pdf -> PdfDelivery.print(pdf, printer, "reprint-" + documentId, copies, duplex));
    }

    /** What the audit row of a printed or exported form records: which form and number went where, its hash. */
    static List<FieldChange> delivered(String form, String number, String target, String sha256) {
        return List.of(FieldChange.set("form", form), FieldChange.set("number", number),
                FieldChange.set("target", target), FieldChange.set("sha256", sha256));
    }

    private IssuedPdf reprint(long documentId, String action, String target, Consumer<RenderedPdf> deliver) {
        return store.inTransaction(s -> {
            IssuedDocument record = record(s, documentId);
            RenderedPdf pdf = kept(s, record);
            deliver.accept(pdf);
            Stamp stamp = new Stamp(clock.instant(), actors.current());
            s.audit().append(stamp, action, "document", documentId,
                    delivered(record.form(), record.number(), target, pdf.sha256()));
            return new IssuedPdf(pdf, record);
        });
    }

    /**
     * The issued document, refused when there is none, it is above the account's clearance or its incident lies
     * outside the account's scope.
     */
    private IssuedDocument record(StoreSession s, long documentId) {
        IssuedDocument record = s.documents().issued(documentId).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("document", "validation.report.noIssued", documentId))));
        secrecy.requireCleared(record.secrecyLevel(), numberOrTitle(record));
        IncidentVisibility.requireSees(s, actors, record.incidentId(), numberOrTitle(record));
        return record;
    }

    private static RenderedPdf kept(StoreSession s, IssuedDocument record) {
        byte[] bytes = s.documents().pdf(record.id()).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("document", "validation.report.notKept", numberOrTitle(record)))));
        RenderedPdf pdf = new RenderedPdf(bytes, record.pages());
        if (!pdf.sha256().equals(record.sha256())) {
            throw new ValidationException(List.of(Violation.of("document", "validation.report.keptAltered",
                    numberOrTitle(record), record.sha256(), pdf.sha256())));
        }
        return pdf;
    }

    private static String numberOrTitle(IssuedDocument record) {
        return record.number() == null ? record.title() : record.number();
    }
}
