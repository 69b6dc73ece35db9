package org.incidentdesk.service.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.PdfInspector;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.service.plan.document.PlanDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The office plan printed as a GB/T 9704 document, checked from the PDF's own text. */
class PlanFormTest {
    private final IncidentFixture office = new IncidentFixture();
    private final OfficePlanDocuments plans = new OfficePlanDocuments(office.plans);
    private final DocumentService reports = new DocumentService(office.store, office.clock, IncidentFixture.ZONE,
            () -> new Actor("tester"), new DocumentComposer(new FontLibrary(List.of())), IncidentFormData.none(), plans);

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theActivePlanPrintsEverySectionHeadingAsExtractableText() {
        PlanDocument plan = plans.plan(null).orElseThrow();
        String text = text(reports.preview(FormRequest.of(FormKind.PLAN)));

        assertTrue(text.contains(squeeze(plan.title())), "title " + plan.title());
        List<String> headings = headings(plan.sections());
        assertTrue(headings.size() > plan.sections().size(), "the demo plan has subsections: " + headings);
        for (String heading : headings) {
            assertTrue(text.contains(squeeze(heading)), "heading " + heading + " in the PDF text");
        }
        assertTrue(text.indexOf(squeeze(plan.sections().get(0).title()))
                < text.indexOf(squeeze(plan.sections().get(plan.sections().size() - 1).title())), "sections in order");
    }

    @Test
    void everyDefaultEntryIsMarkedAndNoOtherIs() {
        PlanDocument plan = plans.plan(null).orElseThrow();
        long defaults = plan.entries().stream().filter(e -> e.entry().isDefault()).count();
        assertTrue(defaults > 0, "the demo plan keeps some template defaults");
        String text = text(reports.preview(FormRequest.of(FormKind.PLAN)));

        assertEquals(defaults, occurrences(text, PlanDocumentForm.DEFAULT_MARK));
        PlanDocument.Entry marked = plan.entries().stream().map(PlanDocument.Located::entry)
                .filter(PlanDocument.Entry::isDefault).findFirst().orElseThrow();
        assertTrue(text.contains(squeeze(PlanDocumentForm.entry(marked))), "a default entry with its mark");
    }

    @Test
    void thePlanFormTakesNoNumberAndIsListed() {
        assertFalse(FormKind.PLAN.numbered());
        assertTrue(reports.forms().contains(FormKind.PLAN));
        assertEquals(FormKind.PLAN, FormKind.byId("plan").orElseThrow());
        assertTrue(reports.preview(FormRequest.of(FormKind.PLAN)).pages() > 1, "a whole plan runs over several pages");
    }

    @Test
    void withoutAnActivePlanThePlanFormIsRefusedByName() {
        DocumentService none = new DocumentService(office.store, office.clock, IncidentFixture.ZONE,
                () -> new Actor("tester"), new DocumentComposer(new FontLibrary(List.of())), IncidentFormData.none(),
                PlanFormData.none());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> none.preview(FormRequest.of(FormKind.PLAN)));
        assertEquals("validation.report.noActivePlan", refused.violations().get(0).messageKey());
    }

    private static List<String> headings(List<PlanDocument.Section> sections) {
        List<String> out = new ArrayList<>();
        for (PlanDocument.Section s : sections) {
            out.add(s.title());
            out.addAll(headings(s.subsections()));
        }
        return out;
    }

    static String text(RenderedPdf pdf) {
        StringBuilder all = new StringBuilder();
        PdfInspector.read(pdf.bytes()).forEach(p -> all.append(p.text()));
        return squeeze(all.toString());
    }

    /** Without the line breaks and spaces the layout puts in. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static long occurrences(String text, String part) {
        long count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
