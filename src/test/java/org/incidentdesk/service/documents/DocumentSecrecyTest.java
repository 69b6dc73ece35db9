package org.incidentdesk.service.documents;

import static org.incidentdesk.service.documents.PlanFormTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.domain.security.SecrecyMark;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.Urgency;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.report.PdfInspector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrecy marks on documents: a document of a marked incident carries the mark top left of the 版头 and is recorded
 * with it, and an account sees, issues and reprints only documents up to its clearance.
 */
class DocumentSecrecyTest {
    private final IncidentFixture office = new IncidentFixture();
    private final BoardFormData board = new BoardFormData(office.incidents, office.clock, IncidentFixture.ZONE);
    private final DocumentComposer composer = new DocumentComposer(new FontLibrary(List.of()));
    private final DocumentService workstation = documents(() -> new Actor("值班员甲"));

    @TempDir
    Path out;

    @AfterEach
    void close() {
        office.close();
    }

    private DocumentService documents(ActorSource actors) {
        return new DocumentService(office.store, office.clock, IncidentFixture.ZONE, actors, composer, board);
    }

    private static ActorSource clearedTo(Secrecy clearance) {
        return IncidentFixture.account("办公室丙", clearance, Role.OFFICE_STAFF);
    }

    private Incident marked(Secrecy level, String term) {
        return office.incidents.secrecy().intake(Intake.quick("涉密网络安全事件", "inquiry"), new SecrecyMark(level, term));
    }

    @Test
    void aDocumentOfAMarkedIncidentCarriesTheMarkOnItsFirstLineTopLeftAndIsRecordedWithIt() throws Exception {
        Incident incident = marked(Secrecy.CONFIDENTIAL, "1年");
        Path file = out.resolve("首报.pdf");
        IssuedPdf issued = workstation.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incident.id()), file);

        assertEquals(Secrecy.CONFIDENTIAL, issued.record().secrecyLevel());
        PdfInspector.Page first = PdfInspector.read(Files.readAllBytes(file)).get(0);
        List<PdfInspector.Glyph> firstLine = first.body().stream()
                .filter(g -> Math.abs(g.topMm() - first.firstLineTopMm()) < 1).toList();
        assertEquals("机密★1年", firstLine.stream().sorted(java.util.Comparator.comparingDouble(PdfInspector.Glyph::xMm))
                .map(PdfInspector.Glyph::text).collect(Collectors.joining()).replaceAll("\\s+", ""));
        assertEquals(first.leftEdgeMm(), firstLine.stream().mapToDouble(PdfInspector.Glyph::xMm).min().orElseThrow(),
                0.01, "flush left (顶格)");
    }

    @Test
    void theStricterOfTheRequestedAndTheIncidentsMarkWins() {
        Incident incident = marked(Secrecy.SECRET, "6个月");
        String higher = text(workstation.preview(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incident.id())
                .withMarks(null, Secrecy.TOP_SECRET, "长期", Urgency.NONE)));
        String lower = text(workstation.preview(FormRequest.of(FormKind.FIRST_REPORT).forIncident(incident.id())));

        assertTrue(higher.contains("绝密★长期"), higher);
        assertTrue(lower.contains("秘密★6个月"), "an unmarked request still carries the incident's mark: " + lower);
    }

    @Test
    void anAccountSeesIssuesAndReprintsOnlyDocumentsUpToItsClearance() {
        Incident secret = marked(Secrecy.CONFIDENTIAL, "1年");
        IssuedDocument open = workstation.export(FormRequest.of(FormKind.ROSTER), out.resolve("通讯录.pdf")).record();
        IssuedDocument closed = workstation.export(FormRequest.of(FormKind.FIRST_REPORT).forIncident(secret.id()),
                out.resolve("首报.pdf")).record();

        ActorSource lowly = clearedTo(Secrecy.SECRET);
        DocumentReprints reprints = new DocumentReprints(office.store, office.clock, lowly);
        assertEquals(List.of(open.id()), documents(lowly).recentlyIssued(10).stream().map(IssuedDocument::id).toList());
        assertEquals(List.of(open.id()), reprints.issued(null, null, 10).stream().map(IssuedDocument::id).toList());
        assertEquals(2, new DocumentReprints(office.store, office.clock, () -> new Actor("值班员甲"))
                .issued(null, null, 10).size(), "the workstation itself sees all");

        ValidationException refused = assertThrows(ValidationException.class, () -> reprints.original(closed.id()));
        assertEquals("validation.report.aboveClearance", refused.violations().get(0).messageKey());
        assertEquals("已发文书 " + closed.number() + " 标有密级“机密”，本账号可知悉至“秘密”，不能查看、印发或重印",
                new Messages(Locale.CHINA).describe(refused.violations().get(0)));
        Path again = out.resolve("重印.pdf");
        assertThrows(ValidationException.class, () -> reprints.exportAgain(closed.id(), again));
        assertFalse(Files.exists(again));
        Path fresh = out.resolve("续报.pdf");
        assertThrows(ValidationException.class, () -> documents(lowly).export(
                FormRequest.of(FormKind.FOLLOW_UP_REPORT).forIncident(secret.id()), fresh));
        assertFalse(Files.exists(fresh));
        assertEquals(2, workstation.recentlyIssued(10).size(), "a refused issue records nothing");

        ActorSource cleared = clearedTo(Secrecy.CONFIDENTIAL);
        assertEquals(closed.sha256(), new DocumentReprints(office.store, office.clock, cleared).original(closed.id())
                .sha256());
    }
}
