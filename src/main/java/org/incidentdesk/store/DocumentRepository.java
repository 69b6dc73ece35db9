package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.DOCUMENT_OFFICE;
import static org.incidentdesk.store.generated.Tables.ISSUED_DOCUMENT;
import static org.incidentdesk.store.generated.Tables.ISSUED_DOCUMENT_PDF;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.incidentdesk.domain.document.DocumentOffice;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.domain.security.IncidentScope;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.store.generated.tables.records.DocumentOfficeRecord;
import org.incidentdesk.store.generated.tables.records.IssuedDocumentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The office's document settings, its yearly 文号 series and the record of issued documents. */
public final class DocumentRepository {
    private static final int OFFICE_ROW = 1;
    private final DSLContext dsl;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<DocumentOffice> office() {
        return dsl.selectFrom(DOCUMENT_OFFICE).where(DOCUMENT_OFFICE.ID.eq(OFFICE_ROW)).fetchOptional(r ->
                new DocumentOffice(r.getOfficeName(), r.getMasthead(), r.getNumberPrefix(), r.getVersion()));
    }

    /** Stores the settings; refused as stale when another workstation saved them since {@code office} was read. */
    public void saveOffice(DocumentOffice office, Stamp stamp) {
        DocumentOfficeRecord row = dsl.newRecord(DOCUMENT_OFFICE);
        row.setOfficeName(office.officeName());
        row.setMasthead(office.masthead());
        row.setNumberPrefix(office.numberPrefix());
        if (office().isPresent()) {
            RowStamps.update(dsl, row, DOCUMENT_OFFICE.ID.eq(OFFICE_ROW), office.version(), stamp, "document_office",
                    OFFICE_ROW);
        } else {
            row.setId(OFFICE_ROW);
            dsl.insertInto(DOCUMENT_OFFICE).set(RowStamps.created(row, stamp)).execute();
        }
    }

    /** The number the next document of {@code prefix} in {@code year} would get; takes nothing. */
    public int peekNumber(String prefix, int year) {
        return new NumberSeries(dsl).peek(NumberSeries.Series.documents(prefix), year);
    }

    /** Takes the next number of the series in this transaction (a rollback gives it back). */
    public int takeNumber(String prefix, int year) {
        return new NumberSeries(dsl).take(NumberSeries.Series.documents(prefix), year);
    }

    public long record(IssuedDocument doc, Stamp stamp) {
        return dsl.insertInto(ISSUED_DOCUMENT)
                .set(ISSUED_DOCUMENT.FORM, doc.form())
                .set(ISSUED_DOCUMENT.TITLE, doc.title())
                .set(ISSUED_DOCUMENT.DOC_NUMBER, doc.number())
                .set(ISSUED_DOCUMENT.INCIDENT_ID, doc.incidentId())
                .set(ISSUED_DOCUMENT.DELIVERY, doc.delivery().name())
                .set(ISSUED_DOCUMENT.TARGET, doc.target())
                .set(ISSUED_DOCUMENT.PAGES, doc.pages())
                .set(ISSUED_DOCUMENT.SHA256, doc.sha256())
                .set(ISSUED_DOCUMENT.SECRECY, doc.secrecy())
                .set(ISSUED_DOCUMENT.URGENCY, doc.urgency())
                .set(ISSUED_DOCUMENT.ISSUED_AT, stamp.time())
                .set(ISSUED_DOCUMENT.ISSUED_BY, stamp.who())
                .returningResult(ISSUED_DOCUMENT.ID)
                .fetchOne(ISSUED_DOCUMENT.ID);
    }

    public List<IssuedDocument> recent(int limit) {
        return issued(null, null, limit, Secrecy.TOP_SECRET, IncidentScope.everyIncident());
    }

    /** Issued documents of {@code form} (null: any) for {@code incidentId} (null: any), newest first. */
    public List<IssuedDocument> issued(String form, Long incidentId, int limit) {
        return issued(form, incidentId, limit, Secrecy.TOP_SECRET, IncidentScope.everyIncident());
    }

    /**
     * As {@link #issued(String, Long, int)}, only those whose secrecy mark {@code clearance} permits (a document
     * recorded without a mark, as before V3 stored one, is unmarked) and whose incident {@code scope} sees (a
     * document of no incident only a scope of every incident sees).
     */
    public List<IssuedDocument> issued(String form, Long incidentId, int limit, Secrecy clearance,
                                       IncidentScope scope) {
        List<String> permitted = Arrays.stream(Secrecy.values()).filter(clearance::permits).map(Secrecy::name)
                .collect(Collectors.toCollection(ArrayList::new));
        permitted.add("");
        Condition where = ISSUED_DOCUMENT.SECRECY.in(permitted).and(IncidentScopes.on(ISSUED_DOCUMENT.INCIDENT_ID, scope));
        if (form != null) {
            where = where.and(ISSUED_DOCUMENT.FORM.eq(form));
        }
        if (incidentId != null) {
            where = where.and(ISSUED_DOCUMENT.INCIDENT_ID.eq(incidentId));
        }
        return dsl.selectFrom(ISSUED_DOCUMENT).where(where).orderBy(ISSUED_DOCUMENT.ID.desc()).limit(limit)
                .fetch(DocumentRepository::issued);
    }

    public Optional<IssuedDocument> issued(long id) {
        return dsl.selectFrom(ISSUED_DOCUMENT).where(ISSUED_DOCUMENT.ID.eq(id)).fetchOptional(DocumentRepository::issued);
    }

    /** Keeps the PDF exactly as it was issued, for reprinting with the same number and content. */
    public void keepPdf(long documentId, byte[] pdf) {
        dsl.insertInto(ISSUED_DOCUMENT_PDF)
                .set(ISSUED_DOCUMENT_PDF.DOCUMENT_ID, documentId)
                .set(ISSUED_DOCUMENT_PDF.PDF, pdf)
                .execute();
    }

    /** The PDF as issued; empty for a document issued before the PDFs were kept. */
    public Optional<byte[]> pdf(long documentId) {
        return dsl.select(ISSUED_DOCUMENT_PDF.PDF).from(ISSUED_DOCUMENT_PDF)
                .where(ISSUED_DOCUMENT_PDF.DOCUMENT_ID.eq(documentId)).fetchOptional(ISSUED_DOCUMENT_PDF.PDF);
    }

    private static IssuedDocument issued(IssuedDocumentRecord r) {
        return new IssuedDocument(r.getId(), r.getForm(), r.getTitle(), r.getDocNumber(), r.getIncidentId(),
                IssuedDocument.Delivery.valueOf(r.getDelivery()), r.getTarget(), r.getPages(), r.getSha256(),
                r.getSecrecy(), r.getUrgency(), r.getIssuedAt().toInstant(), r.getIssuedBy());
    }
}
