package org.incidentdesk.service.documents;

import org.incidentdesk.store.TestDatabase;
import org.incidentdesk.domain.common.FieldChange;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.document.DocumentOffice;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.PdfInspector;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reprint sends the document as it was issued: same 文号, same bytes, no number taken, an audit line. */
class DocumentReprintsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DocumentComposer COMPOSER = new DocumentComposer(new FontLibrary(List.of()));
    private final Database database = TestDatabase.open("reprints-" + UUID.randomUUID());
    private final Store store = new Store(database, event -> { });
    private final Clock issueDay = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZONE);
    private final SampleFilledIncidents board = new SampleFilledIncidents(store, issueDay, ZONE);
    private final long incidentId = board.newIncident("网传城东停水");
    private final DocumentService reports = new DocumentService(store, issueDay, ZONE, () -> new Actor("clerk"), COMPOSER,
            board);
    /** Reprinted a week later by someone else: the document must not pick up the new date or reader. */
    private final DocumentReprints reprints = new DocumentReprints(store,
            Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZONE), () -> new Actor("值班员乙"));

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aReprintCarriesTheSameNumberAndBytesAndTheNextIssueTakesTheNextNumber() throws Exception {
        reports.saveOffice(new DocumentOffice("青溪县指挥部办公室", "青溪县指挥部办公室文件", "青指办", 0));
        IssuedPdf issued = reports.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incidentId), dir.resolve("first.pdf"));
        assertEquals("青指办〔2026〕1号", issued.record().number());
        // the office changes its settings after issue; the reprint still shows the document as it went out
        reports.saveOffice(new DocumentOffice("青溪县网络舆情应急指挥部办公室", "青溪县网络舆情应急指挥部办公室文件", "青指办",
                reports.office().version()));

        IssuedPdf again = reprints.exportAgain(issued.record().id(), dir.resolve("again.pdf"));

        assertEquals("青指办〔2026〕1号", again.record().number());
        assertArrayEquals(Files.readAllBytes(dir.resolve("first.pdf")), Files.readAllBytes(dir.resolve("again.pdf")));
        assertTrue(PdfInspector.read(Files.readAllBytes(dir.resolve("again.pdf"))).get(0).text()
                .contains("青指办〔2026〕1号"), "the printed number is the issued one");
        assertTrue(PdfInspector.read(Files.readAllBytes(dir.resolve("again.pdf"))).get(0).text().replaceAll("\\s+", "")
                .contains("青溪县指挥部办公室文件"), "the masthead as it was issued");
        assertEquals(1, reports.recentlyIssued(10).size(), "a reprint is not a new issue");
        AuditEntry line = store.inTransaction(s -> s.audit().recent(1)).get(0);
        assertEquals("reprint-export", line.action());
        assertTrue(line.changes().contains(FieldChange.set("number", "青指办〔2026〕1号"))
                && line.changes().contains(FieldChange.set("sha256", issued.record().sha256())), line.toString());

        IssuedPdf next = reports.export(FormRequest.of(FormKind.FOLLOW_UP_REPORT).forIncident(incidentId), dir.resolve("next.pdf"));
        assertEquals("青指办〔2026〕2号", next.record().number(), "the series goes on without a gap");
    }

    @Test
    void theListIsPerFormAndIncidentNewestFirst() {
        IssuedPdf first = reports.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incidentId), dir.resolve("a.pdf"));
        reports.export(FormRequest.of(FormKind.BULLETIN).forIncident(incidentId), dir.resolve("b.pdf"));
        IssuedPdf third = reports.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incidentId), dir.resolve("c.pdf"));

        List<IssuedDocument> reports = reprints.issued(FormKind.FIRST_REPORT, null, 10);

        assertEquals(List.of(third.record().number(), first.record().number()),
                reports.stream().map(IssuedDocument::number).toList());
        assertTrue(reprints.issued(FormKind.FIRST_REPORT, incidentId + 1, 10).isEmpty(), "no document of another incident");
        assertEquals(3, reprints.issued(null, null, 10).size());
    }

    @Test
    void aReprintThatCannotBeWrittenRecordsNothingAndAnUnknownDocumentIsRefused() {
        IssuedPdf issued = reports.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incidentId), dir.resolve("a.pdf"));
        long auditLines = store.inTransaction(s -> s.audit().recent(100)).size();

        assertThrows(RuntimeException.class,
                () -> reprints.exportAgain(issued.record().id(), dir.resolve("missing").resolve("a.pdf")));
        ValidationException notPdf = assertThrows(ValidationException.class,
                () -> reprints.exportAgain(issued.record().id(), dir.resolve("a.txt")));
        assertEquals("validation.report.pdfExtension", notPdf.violations().get(0).messageKey());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> reprints.exportAgain(9999, dir.resolve("b.pdf")));
        assertEquals("validation.report.noIssued", unknown.violations().get(0).messageKey());
        assertEquals(auditLines, store.inTransaction(s -> s.audit().recent(100)).size());
    }
}
