package org.incidentdesk.service.documents;

import org.incidentdesk.store.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.PdfInspector;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.report.Urgency;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every form, rendered through the service from the demo office's roster (plus people with rare name characters)
 * and the sample incident data, and checked from the PDF itself: A4, the type area's left edge and top, embedded
 * fonts, extractable Chinese, and page numbers in the {@code — N —} form on the correct side.
 */
class OfficialFormsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final double TOLERANCE_MM = 1.0;
    private static Database database;
    private static final Map<FormKind, RenderedPdf> RENDERED = new EnumMap<>(FormKind.class);

    @BeforeAll
    static void renderEveryForm() {
        database = TestDatabase.open("forms-" + UUID.randomUUID());
        Store store = new Store(database, event -> { });
        Clock clock = Clock.fixed(NOW, ZONE);
        org.incidentdesk.service.plan.PlanService plans =
                new org.incidentdesk.service.plan.PlanService(store, clock, () -> new Actor("tester"), new EventBus());
        new DemoOffice(store, clock, () -> new Actor("tester"), ZONE).seedIfNew(plans);
        RosterService roster = new RosterService(store, clock, () -> new Actor("tester"), new EventBus());
        long office = roster.load().units().stream().filter(u -> u.name().equals("县指挥部办公室")).findFirst()
                .map(OrgUnit::id).orElseThrow();
        for (String name : List.of("林㛃", "王赟", "周堃")) {
            roster.savePerson(new Person(null, name, office, "0000-5550199", "13800005555", null, null, null,
                    List.of(new Post(office, "值班员")), 0));
        }
        DocumentService service = new DocumentService(store, clock, ZONE, () -> new Actor("tester"),
                new DocumentComposer(new FontLibrary(List.of())), IncidentFormData.none(),
                new OfficePlanDocuments(plans));
        for (FormKind form : FormKind.values()) {
            FormRequest request = FormRequest.of(form);
            if (form == FormKind.BULLETIN) {
                request = request.withMarks("000007", Secrecy.SECRET, "1年", Urgency.URGENT);
            }
            RENDERED.put(form, service.preview(request));
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyFormIsA4WithEmbeddedFontsAndPageNumbersOnTheOutsideEdge() {
        for (var entry : RENDERED.entrySet()) {
            List<PdfInspector.Page> pages = PdfInspector.read(entry.getValue().bytes());
            assertEquals(entry.getValue().pages(), pages.size());
            for (PdfInspector.Page page : pages) {
                String where = entry.getKey().id() + " page " + page.number();
                assertEquals(210, page.widthMm(), 0.5, where + " width");
                assertEquals(297, page.heightMm(), 0.5, where + " height");
                assertTrue(page.allFontsEmbedded(), where + " fonts embedded: " + page.fontNames());
                assertFalse(page.fontNames().isEmpty(), where + " has fonts");
                assertEquals(page.number(), page.printedPageNumber(), where + " page number: " + page.footerText());
                assertPageNumberSide(page, where);
            }
        }
    }

    /** Odd pages: flush right one 四号 character in; even pages: flush left one character in; 7 mm below the type area. */
    private static void assertPageNumberSide(PdfInspector.Page page, String where) {
        List<PdfInspector.Glyph> footer = page.footer();
        double left = footer.stream().mapToDouble(PdfInspector.Glyph::xMm).min().orElseThrow();
        PdfInspector.Glyph last = footer.get(footer.size() - 1);
        double oneCharMm = 14 * 25.4 / 72;
        double right = last.xMm() + oneCharMm; // the closing dash is one em wide
        if (page.number() % 2 == 1) {
            assertEquals(28 + 156 - oneCharMm, right, TOLERANCE_MM, where + " odd page number ends one character in");
        } else {
            assertEquals(28 + oneCharMm, left, TOLERANCE_MM, where + " even page number starts one character in");
        }
        double baseline = last.baselineMm();
        assertTrue(baseline > 262 + 5 && baseline < 262 + 12, where + " page number 7 mm below the type area: " + baseline);
    }

    @Test
    void bodyTextSitsOnTheTypeAreasLeftEdgeAndTopOnPagesWithoutMasthead() {
        int checkedTops = 0;
        int checkedEdges = 0;
        for (var entry : RENDERED.entrySet()) {
            List<PdfInspector.Page> pages = PdfInspector.read(entry.getValue().bytes());
            for (PdfInspector.Page page : pages) {
                String where = entry.getKey().id() + " page " + page.number();
                assertTrue(page.leftEdgeMm() >= 28 - TOLERANCE_MM, where + " nothing left of the type area");
                for (double start : continuationLineStarts(page)) {
                    assertEquals(28, start, TOLERANCE_MM, where + " a wrapped line continues on the left edge");
                    checkedEdges++;
                }
                double tableEdge = page.body().stream().filter(g -> g.sizePt() < 12).mapToDouble(PdfInspector.Glyph::xMm)
                        .min().orElse(Double.NaN);
                if (!Double.isNaN(tableEdge)) {
                    assertEquals(28, tableEdge, TOLERANCE_MM, where + " table text on the left edge");
                    checkedEdges++;
                }
                boolean mastheadAbove = page.number() == 1 && entry.getKey().numbered();
                if (!mastheadAbove) {
                    assertEquals(37, page.firstLineTopMm(), TOLERANCE_MM, where + " first line top");
                    checkedTops++;
                }
                double rightEdge = page.body().stream().mapToDouble(g -> g.xMm() + g.widthMm()).max().orElseThrow();
                assertTrue(rightEdge <= 28 + 156 + TOLERANCE_MM, where + " nothing beyond the type area: " + rightEdge);
            }
        }
        assertTrue(checkedTops >= RENDERED.size(), "pages without a masthead were checked: " + checkedTops);
        assertTrue(checkedEdges >= RENDERED.size(), "pages with full lines were checked: " + checkedEdges);
    }

    /**
     * Where each line that follows a full (justified) 三号 line starts: such a line continues a paragraph and must
     * start on the type area's left edge.
     */
    private static List<Double> continuationLineStarts(PdfInspector.Page page) {
        java.util.TreeMap<Long, List<PdfInspector.Glyph>> lines = new java.util.TreeMap<>();
        page.body().stream().filter(g -> Math.round(g.sizePt()) == 16)
                .forEach(g -> lines.computeIfAbsent(Math.round(g.baselineMm() * 10), k -> new ArrayList<>()).add(g));
        List<Double> starts = new ArrayList<>();
        List<PdfInspector.Glyph> previous = null;
        for (List<PdfInspector.Glyph> line : lines.values()) {
            if (previous != null) {
                double previousEnd = previous.stream().mapToDouble(g -> g.xMm() + g.widthMm()).max().orElse(0);
                double gap = line.get(0).baselineMm() - previous.get(0).baselineMm();
                String previousLast = previous.get(previous.size() - 1).text();
                // a paragraph whose last line happens to fill the measure ends in a stop (or the plan form's （默认）); the next is indented
                boolean paragraphEnd = "。；！？）".contains(previousLast);
                if (previousEnd > 28 + 156 - 1.5 && gap < 11 && !paragraphEnd) {
                    starts.add(line.stream().mapToDouble(PdfInspector.Glyph::xMm).min().orElseThrow());
                }
            }
            previous = line;
        }
        return starts;
    }

    @Test
    void chineseTextIsExtractableIncludingRareNameCharacters() {
        String roster = allText(FormKind.ROSTER);
        assertTrue(roster.contains("应急通讯录"), roster);
        for (String name : List.of("林㛃", "王赟", "周堃")) {
            assertTrue(roster.contains(name), "the roster shows " + name + " as text, not a missing-glyph mark");
        }
        assertFalse(roster.contains("〓"), "no character fell back to the missing mark");
        assertTrue(allText(FormKind.FIRST_REPORT).contains("舆情信息报告"));
        assertTrue(allText(FormKind.FIRST_REPORT).contains("签发人"));
        assertTrue(allText(FormKind.WARNING_ISSUE).contains("预警"));
        assertTrue(allText(FormKind.BULLETIN).contains("秘密★1年"), "the 密级 with its period");
        assertTrue(allText(FormKind.BULLETIN).contains("加急"));
        assertTrue(allText(FormKind.BULLETIN).contains("000007"));
        assertTrue(allText(FormKind.REVIEW_REPORT).contains("整改措施"));
        assertTrue(allText(FormKind.DUTY).contains("值班表"));
    }

    @Test
    void aSampleTakesNoNumberOfTheSeriesAndIsMarkedOnEveryPageAndDatesAreInArabicNumerals() {
        String text = allText(FormKind.WARNING_ISSUE);
        assertFalse(text.contains("网舆办〔2026〕"), "a sample shows no number of the office's series: " + text);
        for (FormKind form : List.of(FormKind.WARNING_ISSUE, FormKind.FIRST_REPORT, FormKind.REVIEW_REPORT)) {
            for (PdfInspector.Page page : PdfInspector.read(RENDERED.get(form).bytes())) {
                assertTrue(page.aboveTypeArea().contains("示例"), form.id() + " page " + page.number() + " is marked");
            }
        }
        assertFalse(PdfInspector.read(RENDERED.get(FormKind.ROSTER).bytes()).get(0).aboveTypeArea().contains("示例"),
                "the office's own roster is no sample");
        assertTrue(text.contains("2026年11月30日"), "成文日期 in Arabic numerals without leading zeros: " + text);
        assertTrue(text.contains("2026年11月30日印发"), "印发日期 in the 版记");
    }

    @Test
    void theRosterTableRepeatsItsHeaderOnEveryPageAndTheDataMissingOnSamplesIsMarkedForHand() {
        List<PdfInspector.Page> pages = PdfInspector.read(RENDERED.get(FormKind.ROSTER).bytes());
        assertTrue(pages.size() > 1, "the demo roster spans pages");
        for (PdfInspector.Page page : pages) {
            assertTrue(page.text().contains("办公电话"), "header row on page " + page.number());
        }
        assertTrue(allText(FormKind.FIRST_REPORT).contains("（待填）"), "the sample's unknown 何因 is a blank to fill in");
    }

    @Test
    void theFirstPageShowsBodyText() {
        for (var entry : RENDERED.entrySet()) {
            PdfInspector.Page first = PdfInspector.read(entry.getValue().bytes()).get(0);
            // PDFBox reports sizes rounded to whole points: 三号 16, the tables' 五号 10.5 as 10 or 11
            List<PdfInspector.Glyph> bodySized = first.body().stream().filter(g -> g.sizePt() < 17).toList();
            assertNotNull(bodySized);
            assertTrue(bodySized.size() > 20, entry.getKey().id() + " shows body text on page 1");
        }
    }

    private static String allText(FormKind form) {
        List<String> texts = new ArrayList<>();
        PdfInspector.read(RENDERED.get(form).bytes()).forEach(p -> texts.add(p.text()));
        return String.join("\n", texts);
    }
}
