package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.incidentdesk.report.PdfInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warning …} on the demo office's county plan, with the exit codes of {@code incident}: 0, 2 for bad input. */
class WarningCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path out;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);

    private CliRun run(String... args) {
        return CliRun.of(dataDir, CLOCK, args);
    }

    private static String text(Path pdf) throws Exception {
        return String.join("\n", PdfInspector.read(Files.readAllBytes(pdf)).stream().map(p -> p.text()).toList())
                .replaceAll("\\s+", "");
    }

    private String incident() {
        return run("incident", "new", "--title", "某校食堂视频", "--category", "hype").lastLine();
    }

    private CliRun issueYellow(String incident) {
        return run("warning", "issue", "--incident", incident, "--level", "较大", "--scope", "全县中小学校",
                "--items", "话题可能跨平台传播；警惕借机炒作", "--measures", "各成员单位24小时值班", "--reason", "值班会商");
    }

    @Test
    void issueListsAsJsonAndLiftsAndASecondLiftIsRefusedWithExitTwo() throws Exception {
        CliRun issued = issueYellow(incident());
        assertEquals(0, issued.exit(), issued.err());
        assertEquals("2026-Y001", issued.lastLine(), "the number alone on the last line");
        assertTrue(issued.out().contains("已通知 12 个单位"), issued.out());

        JsonNode list = JSON.readTree(run("warning", "list", "--json").out());
        assertEquals(1, list.size());
        JsonNode yellow = list.get(0);
        assertEquals("2026-Y001", yellow.get("number").asText());
        assertEquals("ACTIVE", yellow.get("status").asText());
        assertEquals("III", yellow.get("level").asText(), "较大 is level III of the county plan");
        assertEquals("YELLOW", yellow.get("colour").asText());
        assertEquals("chief", yellow.get("issuerRole").asText(), "no --issuer: the role with the authority");
        assertEquals(List.of("话题可能跨平台传播", "警惕借机炒作"), List.of(yellow.get("items").get(0).asText(),
                yellow.get("items").get(1).asText()));
        assertEquals("2026-001", yellow.get("incidents").get(0).asText());
        assertEquals("2026-03-02T09:00+08:00", yellow.get("startsAt").asText());

        CliRun lifted = run("warning", "lift", "2026-Y001", "--reason", "热度回落");
        assertEquals(0, lifted.exit(), lifted.err());
        JsonNode shown = JSON.readTree(run("warning", "show", "2026-Y001", "--json").out());
        assertEquals("LIFTED", shown.get("status").asText());
        assertEquals(List.of("ISSUED", "LIFTED"), List.of(shown.get("history").get(0).get("kind").asText(),
                shown.get("history").get(1).get("kind").asText()));
        assertEquals(12, shown.get("notices").size());
        assertFalse(shown.get("notices").get(0).get("phone").isNull(), "the liaison's number from the roster");

        CliRun again = run("warning", "lift", "2026-Y001", "--reason", "再次解除");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("已于 2026-03-02 09:00 解除"), again.err());
    }

    @Test
    void anUnknownLevelOrAPostWithoutAuthorityIsRefusedWithExitTwoAndNothingIssued() throws Exception {
        String incident = incident();
        CliRun unknown = run("warning", "issue", "--incident", incident, "--level", "V", "--scope", "全县", "--reason", "x");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("预警级别：预案中没有级别“V”"), unknown.err());

        CliRun noAuthority = run("warning", "issue", "--incident", incident, "--level", "II", "--scope", "全县",
                "--issuer", "指挥长", "--reason", "热度上升");
        assertEquals(2, noAuthority.exit());
        assertTrue(noAuthority.err().contains("指挥长无权发布“II 重大”预警，应由总指挥发布"), noAuthority.err());
        assertEquals(0, JSON.readTree(run("warning", "list", "--json").out()).size());
    }

    @Test
    void theOfficeProposesApproveBringsItIntoForceAndAdjustRecordsTheLevels() throws Exception {
        String incident = incident();
        CliRun proposed = run("warning", "issue", "--incident", incident, "--level", "II", "--scope", "全县",
                "--issuer", "office", "--reason", "热度上升");
        assertEquals(0, proposed.exit(), proposed.err());
        assertTrue(proposed.out().contains("待总指挥批准"), proposed.out());
        assertEquals("PENDING_APPROVAL", JSON.readTree(run("warning", "show", "2026-Y001", "--json").out())
                .get("status").asText());

        assertEquals(0, run("warning", "approve", "2026-Y001").exit());
        CliRun adjusted = run("warning", "adjust", "2026-Y001", "--level", "I", "--reason", "出现人员伤亡传言");
        assertEquals(0, adjusted.exit(), adjusted.err());
        assertTrue(adjusted.out().contains("II 重大 → I 特别重大"), adjusted.out());

        JsonNode history = JSON.readTree(run("warning", "show", "2026-Y001", "--json").out()).get("history");
        assertEquals("APPROVED", history.get(1).get("kind").asText());
        assertEquals("II", history.get(2).get("fromLevel").asText());
        assertEquals("I", history.get(2).get("toLevel").asText());
    }

    @Test
    void historyExportsCsvWithFormulaLikeTextGuarded() throws Exception {
        String incident = incident();
        issueYellow(incident);
        run("warning", "lift", "2026-Y001", "--reason", "=HYPERLINK(\"x\")");
        Path csv = out.resolve("history.csv");

        CliRun exported = run("warning", "history", "--incident", incident, "--out", csv.toString());

        assertEquals(0, exported.exit(), exported.err());
        List<String> lines = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFF预警编号,时间,步骤"), lines.get(0));
        assertEquals(3, lines.size(), "header, issued, lifted");
        // Excel's quoting: fields with a space are quoted
        assertTrue(lines.get(1).startsWith("2026-Y001,\"2026-03-02 09:00:00\",发布,,\"III 较大\",值班会商,"), lines.get(1));
        assertTrue(lines.get(2).contains(",\"'=HYPERLINK("), "a formula-like reason is written as text: " + lines.get(2));
        assertEquals(2, run("warning", "history", "--incident", "2026-999", "--out", csv.toString()).exit());
    }

    @Test
    void theWarningNoticeIsPrintedFromTheStoredWarning() throws Exception {
        issueYellow(incident());
        run("warning", "lift", "2026-Y001", "--reason", "涉事学校整改到位");
        Path issuePdf = out.resolve("issue.pdf");
        Path liftPdf = out.resolve("lift.pdf");

        CliRun issue = run("report", "warning-notice", "--warning", "2026-Y001", "--out", issuePdf.toString());
        CliRun lift = run("report", "warning-notice", "--warning", "2026-Y001", "--action", "lift", "--out", liftPdf.toString());

        assertEquals(0, issue.exit(), issue.err());
        assertEquals(0, lift.exit(), lift.err());
        String issued = text(issuePdf);
        assertTrue(issued.contains("黄色（III级）预警") && issued.contains("全县中小学校") && issued.contains("警惕借机炒作"), issued);
        String liftText = text(liftPdf);
        assertTrue(liftText.contains("解除") && liftText.contains("涉事学校整改到位"), liftText);
        CliRun badAction = run("report", "warning-notice", "--warning", "2026-Y001", "--action", "withdraw",
                "--out", out.resolve("x.pdf").toString());
        assertEquals(2, badAction.exit());
        assertEquals(2, run("report", "warning-notice", "--warning", "2026-Y009", "--out",
                out.resolve("x.pdf").toString()).exit());
        assertFalse(Files.exists(out.resolve("x.pdf")));
    }
}
