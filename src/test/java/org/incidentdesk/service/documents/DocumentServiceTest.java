package org.incidentdesk.service.documents;

import org.incidentdesk.store.TestDatabase;
import org.incidentdesk.domain.common.FieldChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
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
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 文号 series without gaps, the record of every export, and refusals that leave everything as it was. */
class DocumentServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DocumentComposer COMPOSER = new DocumentComposer(new FontLibrary(List.of()));
    private Database database;
    private Store store;
    private DocumentService service;
    private SampleFilledIncidents board;
    private long incidentId;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        database = TestDatabase.open("reports-" + UUID.randomUUID());
        store = new Store(database, event -> { });
        board = new SampleFilledIncidents(store, Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZONE), ZONE);
        incidentId = board.newIncident("网传城东停水");
        service = serviceAt(Instant.parse("2026-11-30T02:00:00Z"));
    }

    private DocumentService serviceAt(Instant now) {
        return new DocumentService(store, Clock.fixed(now, ZONE), ZONE, () -> new Actor("clerk"), COMPOSER, board);
    }

    /** A numbered form of the incident on the board. */
    private FormRequest numbered(FormKind form) {
        return FormRequest.of(form).forIncident(incidentId);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exportsTakeConsecutiveNumbersAndRecordTheSha256OfTheFileWritten() throws Exception {
        service.saveOffice(new DocumentOffice("青溪县指挥部办公室", "青溪县指挥部办公室文件", "青指办", 0));
        IssuedPdf first = service.export(numbered(FormKind.FIRST_REPORT), dir.resolve("a.pdf"));
        IssuedPdf second = service.export(numbered(FormKind.BULLETIN), dir.resolve("b.pdf"));
        assertEquals("青指办〔2026〕1号", first.record().number());
        assertEquals("青指办〔2026〕2号", second.record().number());
        byte[] written = Files.readAllBytes(dir.resolve("b.pdf"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(written));
        assertEquals(sha, second.record().sha256());
        assertTrue(PdfInspector.read(written).get(0).text().contains("青指办〔2026〕2号"), "the number is printed");

        List<IssuedDocument> recorded = service.recentlyIssued(10);
        assertEquals(2, recorded.size());
        assertEquals("bulletin", recorded.get(0).form());
        assertEquals("clerk", recorded.get(0).by());
        assertEquals(sha, recorded.get(0).sha256());
        assertEquals(IssuedDocument.Delivery.EXPORT, recorded.get(0).delivery());
        assertTrue(store.inTransaction(s -> s.audit().recent(5)).stream()
                .anyMatch(e -> e.action().equals("export") && e.changes().contains(FieldChange.set("sha256", sha))),
                "audit log names the hash");
    }

    @Test
    void aFailedExportTakesNoNumberAndRecordsNothing() {
        Path missingFolder = dir.resolve("no-such-folder").resolve("a.pdf");
        assertThrows(RuntimeException.class, () -> service.export(numbered(FormKind.FIRST_REPORT), missingFolder));
        assertTrue(service.recentlyIssued(10).isEmpty());
        IssuedPdf next = service.export(numbered(FormKind.FIRST_REPORT), dir.resolve("a.pdf"));
        assertEquals("网舆办〔2026〕1号", next.record().number(), "the failed export gave its number back");
    }

    @Test
    void theSeriesStartsAgainEachYearAndThePreviewTakesNothing() {
        service.export(numbered(FormKind.FIRST_REPORT), dir.resolve("a.pdf"));
        String preview = PdfInspector.read(service.preview(numbered(FormKind.FIRST_REPORT)).bytes()).get(0).text();
        assertTrue(preview.contains("网舆办〔2026〕2号"), "the preview shows the next number");
        assertEquals("网舆办〔2026〕2号",
                service.export(numbered(FormKind.FIRST_REPORT), dir.resolve("b.pdf")).record().number());
        DocumentService nextYear = serviceAt(Instant.parse("2027-01-01T01:00:00Z"));
        assertEquals("网舆办〔2027〕1号",
                nextYear.export(numbered(FormKind.FIRST_REPORT), dir.resolve("c.pdf")).record().number());
    }

    @Test
    void rosterFormsHaveNoNumberButAreRecorded() {
        IssuedPdf roster = service.export(FormRequest.of(FormKind.ROSTER), dir.resolve("roster.pdf"));
        assertNull(roster.record().number());
        assertEquals(1, service.recentlyIssued(10).size());
    }

    @Test
    void anIncidentFormWithoutDataIsRefusedNamingTheIncident() {
        DocumentService withoutData = new DocumentService(store, Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZONE),
                ZONE, () -> new Actor("clerk"), COMPOSER, IncidentFormData.none());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> withoutData.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(42), dir.resolve("x.pdf")));
        assertEquals("incident", refused.violations().get(0).field());
        assertTrue(refused.violations().get(0).args().contains(42L));
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        assertThrows(ValidationException.class, () -> service.export(FormRequest.of(FormKind.ROSTER), dir.resolve("x.txt")));
    }

    @Test
    void officeSettingsAreCheckedBeforeTheyAreStored() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.saveOffice(new DocumentOffice("办公室", "办公室文件", "青办〔", 0)));
        assertEquals("numberPrefix", refused.violations().get(0).field());
        assertEquals("网舆办", service.office().numberPrefix(), "nothing was stored");
    }
}
