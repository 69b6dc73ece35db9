package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.List;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.common.Messages;
import java.util.Locale;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.report.PdfInspector;
import org.incidentdesk.report.forms.FormKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report list|roster|duty|FORM}: output, files and exit codes as the other commands have them. */
class ReportCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @TempDir
    Path out;

    private String[] run(String... args) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = RootCommand.commandLine(new TempDirCliEnvironment(dataDir, CLOCK), new PrintWriter(stdout, true),
                new PrintWriter(stderr, true)).execute(args);
        return new String[] {Integer.toString(exit), stdout.toString(), stderr.toString()};
    }

    @Test
    void listPrintsOneFormALineWithItsIdFirst() {
        String[] result = run("report", "list");
        assertEquals("0", result[0]);
        List<String> lines = result[1].lines().toList();
        assertTrue(lines.contains("first-report      舆情信息报告（首报）"), result[1]);
        assertTrue(lines.stream().allMatch(l -> l.matches("[a-z-]+ +\\S.*")), result[1]);
        assertTrue(lines.stream().anyMatch(l -> l.matches("plan +应急预案（全文）")), result[1]);
        assertEquals(FormKind.values().length, lines.size());
        assertTrue(run("--lang", "en", "report", "list")[1].contains("roster            Contact roster"));
    }

    @Test
    void rosterAndSampleFormsAreWrittenAndNumbered() throws Exception {
        String[] roster = run("report", "roster", "--out", out.resolve("roster.pdf").toString());
        assertEquals("0", roster[0], roster[2]);
        assertTrue(PdfInspector.read(Files.readAllBytes(out.resolve("roster.pdf"))).get(0).text().contains("通讯录"));

        String[] first = run("report", "first-report", "--sample", "--secrecy", "机密", "--period", "1年", "--urgency", "特急",
                "--copy", "000003", "--out", out.resolve("first.pdf").toString());
        assertEquals("0", first[0], first[2]);
        assertFalse(first[1].contains("网舆办〔2026〕"), "a sample takes no number of the office's series: " + first[1]);
        String text = PdfInspector.read(Files.readAllBytes(out.resolve("first.pdf"))).get(0).text();
        assertTrue(text.contains("机密★1年") && text.contains("特急") && text.contains("000003"), text);
        assertTrue(text.contains("示例"), "the sample says it is one: " + text);
        assertFalse(text.contains("网舆办〔2026〕"), text);
    }

    @Test
    void missingOrUnknownIncidentDataIsRefusedWithExitTwoAndNoFile() {
        String[] noSource = run("report", "first-report", "--out", out.resolve("a.pdf").toString());
        assertEquals("2", noSource[0]);
        assertTrue(noSource[2].contains("--incident"), noSource[2]);
        String[] unknown = run("report", "first-report", "--incident", "2026-007", "--out", out.resolve("a.pdf").toString());
        assertEquals("2", unknown[0]);
        assertTrue(unknown[2].contains("2026-007"), unknown[2]);
        String[] badLevel = run("report", "bulletin", "--sample", "--secrecy", "内部", "--out", out.resolve("a.pdf").toString());
        assertEquals("2", badLevel[0]);
        assertFalse(Files.exists(out.resolve("a.pdf")));
    }

    @Test
    void theReviewReportLeavesAccountabilityOutUnlessAskedAndOnlyItTakesTheOption() throws Exception {
        String[] plain = run("report", "review-report", "--sample", "--out", out.resolve("review.pdf").toString());
        assertEquals("0", plain[0], plain[2]);
        assertFalse(allText(out.resolve("review.pdf")).contains("责任追究"));
        String[] full = run("report", "review-report", "--sample", "--accountability", "--out",
                out.resolve("review-full.pdf").toString());
        assertEquals("0", full[0], full[2]);
        String text = allText(out.resolve("review-full.pdf"));
        assertTrue(text.contains("责任追究") && text.contains("限定知悉范围"), text);
        String[] wrongForm = run("report", "first-report", "--sample", "--accountability", "--out",
                out.resolve("first.pdf").toString());
        assertEquals("2", wrongForm[0]);
        assertTrue(wrongForm[2].contains("--accountability"), wrongForm[2]);
        assertFalse(Files.exists(out.resolve("first.pdf")));
    }

    private static String allText(java.nio.file.Path pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        PdfInspector.read(Files.readAllBytes(pdf)).forEach(page -> text.append(page.text().replaceAll("\\s+", "")));
        return text.toString();
    }

    @Test
    void fontsNameTheRareCharacterFallback() {
        String[] fonts = run("report", "fonts");
        assertEquals("0", fonts[0], fonts[2]);
        assertTrue(fonts[1].lines().anyMatch(l -> l.startsWith("生僻字补字：IncidentDesk Rare Han")
                && l.endsWith("IncidentDeskRareHan.ttf）")), fonts[1]);
    }

    @Test
    void theDemoOfficeSignsWithItsCountyAndARenameCarriesABuiltMastheadAlong() throws Exception {
        String[] office = run("report", "office");
        assertEquals("0", office[0], office[2]);
        assertTrue(office[1].contains("发文机关标志：青溪县网络舆情应急指挥部办公室文件"), office[1]);
        assertTrue(office[1].contains("发文机关署名：青溪县网络舆情应急指挥部办公室\n"), office[1]);
        String[] issued = run("report", "first-report", "--sample", "--out", out.resolve("first.pdf").toString());
        assertEquals("0", issued[0], issued[2]);
        String page = PdfInspector.read(Files.readAllBytes(out.resolve("first.pdf"))).get(0).text().replaceAll("\\s+", "");
        assertTrue(page.contains("青溪县网络舆情应急指挥部办公室文件"), page);

        // a masthead built from the name follows the name
        String[] renamed = run("report", "office", "--name", "青溪县应急指挥部办公室");
        assertTrue(renamed[1].contains("发文机关标志：青溪县应急指挥部办公室文件"), renamed[1]);
        // one the office wrote itself stays when the name changes
        run("report", "office", "--masthead", "青溪县应急指挥部文件");
        String[] again = run("report", "office", "--name", "青溪县应急指挥部值班室");
        assertTrue(again[1].contains("发文机关标志：青溪县应急指挥部文件"), again[1]);
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Opens the office the commands wrote, to read what they left. */
    private <T> T inOffice(java.util.function.Function<AppContext, T> read) {
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZONE)) {
            return read.apply(office);
        }
    }

    @Test
    void aFirstReportByIncidentNumberIsDispatchedOnItsTimelineAndMeetsTheFirstReportDeadline() throws Exception {
        String[] created = run("incident", "new", "--title", "网传城南水厂停产", "--category", "inquiry");
        assertEquals("0", created[0], created[2]);
        String number = created[1].strip().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("2026-001", number);

        String[] issued = run("report", "first-report", "--incident", "2026-001", "--out", out.resolve("x.pdf").toString());

        assertEquals("0", issued[0], issued[2]);
        assertTrue(issued[1].contains("网舆办〔2026〕1号"), issued[1]);
        String page = PdfInspector.read(Files.readAllBytes(out.resolve("x.pdf"))).get(0).text().replaceAll("\\s+", "");
        assertTrue(page.contains("网传城南水厂停产"), page);
        inOffice(office -> {
            IncidentDetail detail = office.incidents().detail("2026-001");
            List<TimelineEntry> dispatches = detail.timeline().stream()
                    .filter(e -> e.kind() == TimelineKind.DISPATCH).toList();
            assertEquals(1, dispatches.size(), detail.timeline().toString());
            TimelineFact.DocumentDispatched record = (TimelineFact.DocumentDispatched) dispatches.get(0).fact();
            assertEquals("first-report", record.form());
            assertEquals("网舆办〔2026〕1号", record.number());
            assertEquals("县网络信息安全和舆情处置应急指挥部", record.recipients());
            assertTrue(record.signedBy() != null && !record.signedBy().isBlank(), record.toString());
            String shown = new TimelineRenderer(new Messages(Locale.SIMPLIFIED_CHINESE), ZONE).render(dispatches.get(0));
            assertTrue(shown.contains("印发舆情信息报告（首报） 网舆办〔2026〕1号（导出 PDF），主送：县网络信息安全和舆情处置应急指挥部"),
                    shown);
            Deadline first = office.deadlines().deadlines(detail.incident().id()).stream()
                    .filter(d -> d.action() == DeadlineAction.REPORT_FIRST).findFirst().orElseThrow();
            assertEquals(DeadlineState.MET, first.state(), "exporting the 首报 is the act its deadline asks for");
            return null;
        });

        String[] bareId = run("report", "first-report", "--incident", "1", "--out", out.resolve("y.pdf").toString());
        assertEquals("2", bareId[0], "an internal id is not an incident number");
        assertTrue(bareId[2].contains("“1”"), bareId[2]);
        assertFalse(Files.exists(out.resolve("y.pdf")));
    }

    @Test
    void afterAFailedInsertTheNumberStillNamesItsOwnIncident() throws Exception {
        run("incident", "new", "--title", "第一起", "--category", "inquiry");
        burnAnIncidentId();
        run("incident", "new", "--title", "第二起", "--category", "inquiry");
        long secondId = inOffice(office -> office.incidents().detail("2026-002").incident().id());
        assertTrue(secondId != 2, "the ids drifted: 2026-002 has id " + secondId);

        String[] issued = run("report", "first-report", "--incident", "2026-002", "--out", out.resolve("b.pdf").toString());

        assertEquals("0", issued[0], issued[2]);
        String page = PdfInspector.read(Files.readAllBytes(out.resolve("b.pdf"))).get(0).text().replaceAll("\\s+", "");
        assertTrue(page.contains("第二起") && !page.contains("第一起"), page);
    }

    /** A row inserted and rolled back: H2 does not give its identity value back. */
    private void burnAnIncidentId() {
        inOffice(office -> {
            try {
                office.store().run(s -> {
                    s.incidents().insert(new org.incidentdesk.domain.incident.IncidentNumber(2026, 999), "作废", "inquiry",
                            org.incidentdesk.domain.incident.IncidentFacts.NONE, null,
                            java.time.OffsetDateTime.now(CLOCK), 1, 1, new org.incidentdesk.store.Stamp(CLOCK.instant(),
                                    new org.incidentdesk.domain.common.Actor("测试")));
                    throw new IllegalStateException("the insert fails after its row was written");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            return null;
        });
    }
}
