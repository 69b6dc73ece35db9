package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.incidentdesk.cli.RootCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drill run} on the example scenarios of assets/drills: the deadlines come out at the plans' limits,
 * counted by hand from each scenario's start; a bad scenario stops at its step with the reason (exit 2).
 */
class DrillCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DRILLS = Path.of("assets", "drills");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run drill(Path scenario, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[3 + more.length];
        args[0] = "drill";
        args[1] = "run";
        args[2] = scenario.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        int exit = RootCommand.commandLine(new AppEnvironment(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private JsonNode deadline(String plan, String rule, int occurrence) throws IOException {
        Path json = dir.resolve(plan + ".json");
        Run run = drill(DRILLS.resolve(plan + ".yaml"), "--json", json.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode incident = JSON.readTree(json.toFile()).get("incidents").get(0);
        return StreamSupport.stream(incident.get("deadlines").spliterator(), false)
                .filter(d -> d.get("rule").asText().equals(rule) && d.get("occurrence").asInt() == occurrence)
                .findFirst().orElseThrow(() -> new AssertionError(rule + " not in " + incident));
    }

    @Test
    void collegeLevelTwoReportIsDueThreeHoursAfterTheEventAndTenMinutesLateIsMissed() throws IOException {
        // start 09:00, happened 40 min before: 08:20; level II: 3 h → 11:20; report at 2 h 30 min: 11:30
        JsonNode report = deadline("college", "report-significant", 1);
        assertEquals("2026-03-02T11:20:00+08:00", report.get("due").asText());
        assertEquals("missed", report.get("status").asText());
        assertEquals("2026-03-02T11:30:00+08:00", report.get("metAt").asText());
        assertEquals("report-first", report.get("action").asText());
    }

    @Test
    void schoolForwardsWithinTwoHoursAndTheLateAnswerEscalatedUntilAcknowledged() throws IOException {
        // discovered 07:30; forward by 09:30, done 09:00; answer by 07:30 next day, escalations every 30 min
        JsonNode forward = deadline("school", "forward-to-department", 1);
        assertEquals("2026-03-02T09:30:00+08:00", forward.get("due").asText());
        assertEquals("met", forward.get("status").asText());
        JsonNode answer = deadline("school", "answer-within-day", 1);
        assertEquals("2026-03-03T07:30:00+08:00", answer.get("due").asText());
        assertEquals("missed", answer.get("status").asText());
        JsonNode escalations = answer.get("escalations");
        // steps at 08:00 and 08:30 (alerts due at a step's instant run before the step); acknowledged at 08:30,
        // so none at 09:00 or later although the answer only comes at 10:00
        assertEquals(2, escalations.size(), escalations.toString());
        assertEquals("2026-03-03T08:00:00+08:00", escalations.get(0).get("at").asText());
        assertEquals("party-branch", escalations.get(0).get("to").asText());
        assertEquals("leading-group", escalations.get(1).get("to").asText());
    }

    @Test
    void archivesRespondsWithinThreeHoursAndAnswersTheInquiryTheSameDay() throws IOException {
        JsonNode response = deadline("archives", "public-response", 1);
        assertEquals("2026-03-02T12:00:00+08:00", response.get("due").asText());
        assertEquals("met", response.get("status").asText());
        JsonNode opinion = deadline("archives", "inquiry-opinion", 1);
        assertEquals("2026-03-03T00:00:00+08:00", opinion.get("due").asText());
        assertEquals("2026-03-02T19:00:00+08:00", opinion.get("metAt").asText());
    }

    @Test
    void policeFollowUpsEveryTwoHoursCountFromTheReportSent() throws IOException {
        JsonNode first = deadline("police", "follow-up-reports", 1);
        assertEquals("2026-03-02T22:00:00+08:00", first.get("due").asText());
        JsonNode second = deadline("police", "follow-up-reports", 2);
        assertEquals("2026-03-02T23:50:00+08:00", second.get("due").asText(), "report at 21:50 + 2 h");
        assertEquals("missed", second.get("status").asText());
        assertEquals("2026-03-02T20:01:00+08:00", deadline("police", "respond-1min", 1).get("due").asText());
    }

    @Test
    void countyAndPrimaryRunToTheirEnd() throws IOException {
        assertEquals("2026-03-02T10:00:00+08:00", deadline("county", "assess-level", 1).get("due").asText(),
                "1 h from the report's arrival (report-received): taken at 09:00");
        assertEquals("met", deadline("county", "assess-level", 1).get("status").asText());
        assertEquals("2026-03-02T08:00:00+08:00", deadline("primary", "first-time-report", 1).get("due").asText(),
                "第一时间: the plan's 30-minute response window from 07:30, when the report was taken");
    }

    /**
     * The county drill leaves on-site-rescue undone (立即 from 09:00, due 09:30 in the plan's 30-minute window):
     * it goes up its chain every 30 minutes (县指挥部办公室 10:00, 办公室主任 10:30, 指挥长 11:00, 总指挥 11:30), and
     * from the top only every 2 hours (13:30, 15:30) until it is acknowledged at 17:00; the text says so.
     */
    @Test
    void countyEscalationStopsAtTheTopAndThenRemindsEveryTwoHours() throws IOException {
        JsonNode rescue = deadline("county", "on-site-rescue", 1);
        assertEquals("2026-03-02T09:30:00+08:00", rescue.get("due").asText());
        List<String> at = StreamSupport.stream(rescue.get("escalations").spliterator(), false)
                .map(e -> e.get("at").asText().substring(11, 16) + " " + e.get("to").asText()).toList();
        assertEquals(List.of("10:00 office", "10:30 office-director", "11:00 chief", "11:30 commander",
                "13:30 commander", "15:30 commander"), at);
        Run run = drill(DRILLS.resolve("county.yaml"));
        List<String> rows = run.out().lines().filter(l -> l.contains("接到报警后立即组织现场救助") && l.contains("督办"))
                .toList();
        assertEquals(6, rows.size(), run.out());
        assertTrue(rows.get(3).contains("11:30") && rows.get(3).contains("已至最高一级")
                && rows.get(3).contains("每 2 小时提醒一次"), rows.get(3));
        assertTrue(rows.get(4).contains("13:30") && rows.get(4).contains("再次提醒 总指挥"), rows.get(4));
    }

    @Test
    void theCountyDrillIssuesAYellowWarningAndLiftsItOnTheIncidentsTimeline() {
        Run run = drill(DRILLS.resolve("county.yaml"));
        assertEquals(0, run.exit(), run.err());
        List<String> warningRows = run.out().lines().filter(l -> l.contains("  预警  ")).toList();
        assertEquals(2, warningRows.size(), run.out());
        assertTrue(warningRows.get(0).contains("09:40") && warningRows.get(0).contains("发布预警 2026-Y001：III 较大"),
                warningRows.get(0));
        assertTrue(warningRows.get(1).contains("18:00") && warningRows.get(1).contains("解除预警 2026-Y001")
                && warningRows.get(1).contains("水质检测合格"), warningRows.get(1));
    }

    /**
     * Each incident's {@code review}: the II report due 11:20 (3 h after the event at 08:20) sent at 11:50 is 30
     * minutes late; discovered at 09:00 (the intake step), a statement released at 10:00.
     */
    @Test
    void theReviewOfAFirstReportThirtyMinutesLateShowsADelayOfPT30M() throws IOException {
        Path json = dir.resolve("late.json");
        Run run = drill(scenario("  - at: PT0M\n    new-incident: {ref: A, category: inquiry, happened: -PT40M}\n"
                + "  - at: PT15M\n    assess: {ref: A, level: II}\n"
                + "  - at: PT1H\n    respond: {ref: A}\n"
                + "  - at: PT2H50M\n    report: {ref: A, kind: first}\n"
                + "  - at: PT3H\n    close: {ref: A}\n"), "--json", json.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode review = JSON.readTree(json.toFile()).get("incidents").get(0).get("review");
        JsonNode report = StreamSupport.stream(review.get("rows").spliterator(), false)
                .filter(r -> r.get("rule").asText().equals("report-significant")).findFirst()
                .orElseThrow(() -> new AssertionError(review.toString()));
        assertEquals("PT30M", report.get("delay").asText());
        assertEquals("late", report.get("outcome").asText());
        assertEquals(0, review.get("deadlines").get("met").asInt());
        assertEquals(1, review.get("deadlines").get("total").asInt(), "the summary is not due yet: " + review);
        assertEquals("PT3H30M", review.get("fromEvent").get("firstReport").asText());
        assertEquals("PT2H50M", review.get("fromDiscovery").get("firstReport").asText());
        assertEquals("PT1H40M", review.get("fromEvent").get("firstPublicResponse").asText());
        assertEquals("PT1H", review.get("fromDiscovery").get("firstPublicResponse").asText());
    }

    @Test
    void theCollegeDrillsTenMinuteLateReportIsPT10MInItsReview() throws IOException {
        JsonNode report = deadline("college", "report-significant", 1);
        JsonNode review = JSON.readTree(dir.resolve("college.json").toFile()).get("incidents").get(0).get("review");
        JsonNode row = review.get("rows").get(0);
        assertEquals(report.get("due").asText(), row.get("due").asText());
        assertEquals("PT10M", row.get("delay").asText());
    }

    @Test
    void aBadStepStopsTheRunNamingTheStepAndWhy() throws IOException {
        Run unknownVerb = drill(scenario("  - at: PT0M\n    new-incident: {ref: A, category: inquiry}\n"
                + "  - at: PT1M\n    dance: {ref: A}\n"));
        assertEquals(2, unknownVerb.exit());
        assertTrue(unknownVerb.err().contains("第 2 步") && unknownVerb.err().contains("dance"), unknownVerb.err());

        Run unknownRef = drill(scenario("  - at: PT0M\n    report: {ref: Z, kind: first}\n"));
        assertEquals(2, unknownRef.exit());
        assertTrue(unknownRef.err().contains("第 1 步") && unknownRef.err().contains("“Z”"), unknownRef.err());

        Run badTime = drill(scenario("  - at: 2 hours later\n    report: {ref: A, kind: first}\n"));
        assertEquals(2, badTime.exit());
        assertTrue(badTime.err().contains("第 1 步") && badTime.err().contains("2 hours later"), badTime.err());

        Run warning = drill(scenario("  - at: PT0M\n    new-incident: {ref: A, category: inquiry}\n"
                + "  - at: PT1M\n    issue-warning: {ref: A, level: II}\n"));
        assertEquals(2, warning.exit());
        assertTrue(warning.err().contains("第 2 步") && warning.err().contains("scope"), warning.err());

        Run nothingToLift = drill(scenario("  - at: PT0M\n    new-incident: {ref: A, category: inquiry}\n"
                + "  - at: PT1M\n    lift-warning: {ref: A, reason: 已平息}\n"));
        assertEquals(2, nothingToLift.exit());
        assertTrue(nothingToLift.err().contains("第 2 步") && nothingToLift.err().contains("没有生效中的预警"),
                nothingToLift.err());
    }

    private Path scenario(String steps) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".yaml");
        Files.writeString(file, "plan: college\nstart: 2026-03-02T09:00:00+08:00\nsteps:\n" + steps,
                StandardCharsets.UTF_8);
        return file;
    }
}
