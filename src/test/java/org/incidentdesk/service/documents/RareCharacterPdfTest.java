package org.incidentdesk.service.documents;

import org.incidentdesk.store.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontFallback;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 杨𠮷's 𠮷 (U+20BB7, CJK Extension B) is missing from every main face: it comes from the rare-Han fallback. */
class RareCharacterPdfTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String RARE = new String(Character.toChars(0x20BB7));
    private final Database database = TestDatabase.open("rare-" + UUID.randomUUID());
    private final Store store = new Store(database, event -> { });
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZONE);
    private final FontLibrary fonts = new FontLibrary(List.of());
    private final DocumentService reports = new DocumentService(store, clock, ZONE, () -> new Actor("clerk"),
            new DocumentComposer(fonts), IncidentFormData.none());

    @AfterEach
    void close() {
        database.close();
    }

    /** The text PDFBox extracts, and the font each extracted character was shown in. */
    private record Shown(String text, List<TextPosition> positions) {
    }

    private static Shown extract(RenderedPdf pdf) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                    super.processTextPosition(text);
                }
            };
            StringWriter text = new StringWriter();
            stripper.writeText(document, text);
            return new Shown(text.toString(), positions);
        }
    }

    @Test
    void aRosterNameWithAnExtensionBCharacterPrintsItInAnEmbeddedFace() throws IOException {
        new DemoOffice(store, clock, () -> new Actor("tester"), ZONE).seedIfNew(
                new PlanService(store, clock, () -> new Actor("tester"), new EventBus()));
        RosterService roster = new RosterService(store, clock, () -> new Actor("tester"), new EventBus());
        long unit = roster.load().units().get(0).id();
        roster.savePerson(new Person(null, "杨" + RARE, unit, "0571-1234567", null, null, null, null, List.of(), 0));

        Shown shown = extract(reports.preview(FormRequest.of(FormKind.ROSTER)));

        assertTrue(shown.text().contains("杨" + RARE), "the name is extracted whole, not as 〓: " + shown.text());
        assertFalse(shown.text().contains("〓"), "no character is marked missing");
        TextPosition rare = shown.positions().stream().filter(p -> RARE.equals(p.getUnicode())).findFirst().orElseThrow();
        PDFont font = rare.getFont();
        assertTrue(font.isEmbedded(), "the face of 𠮷 is embedded");
        assertTrue(font.getName().contains("RareHan"), font.getName());
        assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "embedded as a subset: " + font.getName());
        PDFont before = shown.positions().get(shown.positions().indexOf(rare) - 1).getFont();
        assertEquals("杨", shown.positions().get(shown.positions().indexOf(rare) - 1).getUnicode());
        assertFalse(before.getName().contains("RareHan"), "杨 stays in the body face: " + before.getName());
    }

    @Test
    void theFontListNamesTheRareCharacterFallbackLast() {
        List<FontFallback> fallbacks = reports.fontFallbacks();
        assertTrue(fallbacks.get(fallbacks.size() - 1).rareHan());
        assertTrue(fallbacks.get(fallbacks.size() - 1).source().endsWith("IncidentDeskRareHan.ttf"));
    }
}
