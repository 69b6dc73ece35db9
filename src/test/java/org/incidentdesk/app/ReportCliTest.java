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
import java.util.List;
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
        assertTrue(first[1].contains("网舆办〔2026〕1号"), first[1]);
        String text = PdfInspector.read(Files.readAllBytes(out.resolve("first.pdf"))).get(0).text();
        assertTrue(text.contains("机密★1年") && text.contains("特急") && text.contains("000003"), text);
    }

    @Test
    void missingOrUnknownIncidentDataIsRefusedWithExitTwoAndNoFile() {
        String[] noSource = run("report", "first-report", "--out", out.resolve("a.pdf").toString());
        assertEquals("2", noSource[0]);
        assertTrue(noSource[2].contains("--incident"), noSource[2]);
        String[] unknown = run("report", "first-report", "--incident", "7", "--out", out.resolve("a.pdf").toString());
        assertEquals("2", unknown[0]);
        assertTrue(unknown[2].contains("事件 7"), unknown[2]);
        String[] badLevel = run("report", "bulletin", "--sample", "--secrecy", "内部", "--out", out.resolve("a.pdf").toString());
        assertEquals("2", badLevel[0]);
        assertFalse(Files.exists(out.resolve("a.pdf")));
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
}
