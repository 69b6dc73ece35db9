package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);

    private CliRun run(String... args) {
        return CliRun.of(dataDir, CLOCK, args);
    }

    @Test
    void newPrintsTheNumberAloneOnTheLastLineAndShowTakesItBack() throws Exception {
        CliRun created = run("incident", "new", "--title", "城东小区停水舆情", "--category", "inquiry",
                "--discovered", "2026-03-02T08:40+08:00", "--happened", "2026-03-01T23:50Z");
        assertEquals(0, created.exit(), created.err());
        assertEquals("2026-001", created.lastLine());

        CliRun shown = run("incident", "show", created.lastLine(), "--json");
        assertEquals(0, shown.exit(), shown.err());
        JsonNode incident = JSON.readTree(shown.out());
        assertEquals("2026-001", incident.get("number").asText());
        assertEquals("2026-03-02T08:40+08:00", incident.get("discoveredAt").asText());
        assertEquals("2026-03-01T23:50Z", incident.get("happenedAt").asText(), "each time keeps its own offset");
        assertEquals("RECEIVED", incident.get("phase").asText());
        JsonNode intake = incident.get("timeline").get(0);
        assertEquals("INTAKE", intake.get("kind").asText());
        assertEquals("2026-03-02T09:00+08:00", intake.get("at").asText(), "timeline times in the office's zone");
        assertEquals("Intake", intake.get("type").asText());
        assertEquals("城东小区停水舆情", intake.get("fields").get("title").asText(), "the title is a field of the fact");
        assertTrue(intake.get("personText").isNull(), "nobody wrote words of their own on intake");

        // the deadlines derived with the intake: each entry carries its rule and its due time as fields
        JsonNode deadline = null;
        for (JsonNode entry : incident.get("timeline")) {
            if (entry.get("type").asText().equals("DeadlineEvent")
                    && entry.get("fields").get("ruleId").asText().equals("report-to-office")) {
                deadline = entry;
            }
        }
        assertTrue(deadline != null, shown.out());
        assertEquals("DEADLINE", deadline.get("kind").asText());
        assertEquals("CREATED", deadline.get("fields").get("event").asText());
        OffsetDateTime due = OffsetDateTime.parse(deadline.get("fields").get("dueAt").asText());
        assertEquals(ZoneOffset.ofHours(8), due.getOffset(), "due in the office's zone, with its offset");
        assertTrue(!due.toInstant().isBefore(Instant.parse("2026-03-02T00:40:00Z")),
                "a report deadline falls due after the discovery it counts from: " + due);
    }

    @Test
    void aPersonsWordsShowVerbatimAndSystemEntriesFollowTheLanguage() throws Exception {
        String number = run("incident", "new", "--title", "城东小区停水舆情", "--category", "inquiry").lastLine();
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZoneId.of("Asia/Shanghai"))) {
            long id = office.incidents().detail(number).incident().id();
            long unit = office.roster().load().units().getFirst().id();
            office.incidents().assignTask(id, unit, "DONE OPEN", null);
            office.incidents().advance(id, IncidentPhase.ASSESSING);
        }

        String zh = run("incident", "show", number).out();
        assertTrue(zh.lines().anyMatch(l -> l.contains("任务") && l.endsWith("：DONE OPEN")), zh);
        assertTrue(zh.lines().anyMatch(l -> l.endsWith("阶段  接报 → 研判")), zh);

        String en = run("--lang", "en", "incident", "show", number).out();
        assertTrue(en.lines().anyMatch(l -> l.contains("Task") && l.endsWith(": DONE OPEN")),
                "a person's words are not translated: " + en);
        assertTrue(en.lines().anyMatch(l -> l.endsWith("Phase  Received -> Assessing")), en);
        String timeline = en.substring(en.indexOf("Timeline"));
        // time, actor, kind, then the entry: every kind and every entry's own words are English (plan data such as
        // a deadline's act and a title stay as the office wrote them)
        assertTrue(timeline.lines().skip(1).allMatch(l -> l.matches("  \\S+  root  [A-Z][a-z]+  [A-Z][a-z]+ .*")),
                "every system entry in English: " + timeline);
    }

    @Test
    void withoutADiscoveryTimeTheReportIsDiscoveredNowAndListed() throws Exception {
        assertEquals("2026-001", run("incident", "new", "--title", "甲", "--category", "inquiry").lastLine());
        assertEquals("2026-002", run("incident", "new", "--title", "乙", "--category", "hype").lastLine());

        JsonNode list = JSON.readTree(run("incident", "list", "--json").out());
        assertEquals(2, list.size());
        assertEquals("2026-002", list.get(0).get("number").asText());
        assertEquals("2026-03-02T09:00+08:00", list.get(1).get("discoveredAt").asText());

        CliRun text = run("incident", "list");
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("2026-001  接报  未定级  2026-03-02T09:00+08:00  甲")),
                text.out());
        CliRun shown = run("--lang", "en", "incident", "show", "2026-2");
        assertTrue(shown.out().contains("Phase: Received"), shown.out());
        assertTrue(shown.out().contains("Happened: unknown"), shown.out());
    }

    @Test
    void badInputExitsWithTwoNamingTheFieldAndStoresNothing() throws Exception {
        CliRun badTime = run("incident", "new", "--title", "甲", "--category", "inquiry", "--discovered", "昨天");
        assertEquals(2, badTime.exit());
        assertEquals("发现时间：无法识别的时间“昨天”，应为 ISO-8601 格式，如 2026-03-01T08:30+08:00", badTime.err().strip());

        CliRun badCategory = run("incident", "new", "--title", "甲", "--category", "nope");
        assertEquals(2, badCategory.exit());
        assertEquals("当前预案中没有类别“nope”", badCategory.err().strip());

        CliRun unknown = run("incident", "show", "2026-009");
        assertEquals(2, unknown.exit());
        assertEquals("没有编号为“2026-009”的事件", unknown.err().strip());
        assertEquals(0, JSON.readTree(run("incident", "list", "--json").out()).size());
    }

    /**
     * The 时限一览 of incident show --json: taken at 09:00, discovered 08:40; the county plan's 立即 report is due at
     * the end of its 30-minute response window (09:30) and stands "due", the 1-hour assessment at 10:00.
     */
    @Test
    void showJsonListsTheDeadlinesWithTheActInWordsWhoOwesItAndWhereItStands() throws Exception {
        run("incident", "new", "--title", "城东小区停水舆情", "--category", "inquiry",
                "--discovered", "2026-03-02T08:40+08:00");
        JsonNode deadlines = JSON.readTree(run("incident", "show", "2026-001", "--json").out()).get("deadlines");
        JsonNode report = find(deadlines, "report-to-office");
        assertEquals("2026-03-02T09:30+08:00", report.get("due").asText());
        assertEquals("due", report.get("state").asText(), "inside the 立即 window: due, not overdue");
        assertTrue(report.get("act").asText().contains("向主管部门和县指挥部办公室报告"), report.toString());
        assertEquals("reporting-unit", report.get("ownerRole").asText());
        assertTrue(report.get("metAt").isNull());
        assertEquals("2026-03-02T10:00+08:00", find(deadlines, "assess-level").get("due").asText());
    }

    @Test
    void anIncidentIsNamedByItsNumberNeverByAnInternalId() {
        run("incident", "new", "--title", "甲", "--category", "inquiry");
        CliRun byId = run("incident", "show", "1");
        assertEquals(2, byId.exit());
        assertTrue(byId.err().contains("“1”不是事件编号") && byId.err().contains("2026-001"), byId.err());
        assertTrue(byId.err().startsWith("事件编号："), "the argument is named in words, not by its key: " + byId.err());
    }

    private static JsonNode find(JsonNode deadlines, String rule) {
        for (JsonNode d : deadlines) {
            if (d.get("rule").asText().equals(rule)) {
                return d;
            }
        }
        throw new AssertionError(rule + " not in " + deadlines);
    }
}
