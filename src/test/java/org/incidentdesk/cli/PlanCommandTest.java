package org.incidentdesk.cli;

import static org.incidentdesk.service.plan.PlanFixtures.exactLineOf;
import static org.incidentdesk.service.plan.PlanFixtures.replaceOnce;
import static org.incidentdesk.service.plan.PlanFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneOffset.UTC);

    private CliRun run(String... args) {
        return CliRun.of(dataDir, CLOCK, args);
    }

    private JsonNode showJson(String id) throws Exception {
        CliRun shown = run("plan", "show", id, "--json");
        assertEquals(0, shown.exit(), shown.err());
        return JSON.readTree(shown.out());
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    @Test
    void listShowsTheSixTemplatesAndTheDemoOfficesActivePlan() {
        CliRun listed = run("plan", "list");

        assertEquals(0, listed.exit(), listed.err());
        for (String id : List.of("county", "police", "college", "school", "archives", "primary")) {
            assertTrue(listed.out().contains(id + "  "), id);
        }
        assertTrue(listed.out().contains("* 1  青溪县网络信息安全和重大舆情处置预案（模板 county，当前版本 1）【启用中】"),
                "a new data directory starts with the demo office's plan, made from the county template: " + listed.out());
        assertEquals(1, officePlanLines(listed));
    }

    private static long officePlanLines(CliRun listed) {
        return listed.out().lines().filter(line -> line.contains("（模板 ")).count();
    }

    @Test
    void collegeJsonHoldsTheTwoThreeAndFourHourReportsForMajorSignificantAndGeneral() throws Exception {
        JsonNode college = showJson("college");

        assertEquals("three-level", college.get("levelScheme").asText());
        for (String[] expected : new String[][] {{"I", "重大", "PT2H"}, {"II", "较大", "PT3H"}, {"III", "一般", "PT4H"}}) {
            JsonNode level = elements(college.get("levels"))
                    .filter(l -> l.get("id").asText().equals(expected[0])).findFirst().orElseThrow();
            assertEquals(expected[1], level.get("name").asText());
            List<JsonNode> reports = elements(college.get("deadlines"))
                    .filter(d -> d.get("timing").asText().equals("within"))
                    .filter(d -> d.get("from").asText().equals("event-time"))
                    .filter(d -> d.has("levels") && d.get("levels").size() == 1
                            && d.get("levels").get(0).asText().equals(expected[0]))
                    .toList();
            assertEquals(1, reports.size(), expected[0]);
            assertEquals(expected[2], reports.get(0).get("duration").asText());
            assertEquals("leading-group", reports.get(0).get("to").asText());
        }
    }

    @Test
    void countyJsonHoldsFourColouredLevelsAndTheSensitivePeriodRaise() throws Exception {
        JsonNode county = showJson("county");

        assertEquals("four-level", county.get("levelScheme").asText());
        assertEquals(List.of("I:red", "II:orange", "III:yellow", "IV:blue"), elements(county.get("levels"))
                .map(l -> l.get("id").asText() + ":" + l.get("colour").asText()).toList());
        List<JsonNode> periods = elements(county.get("sensitivePeriods")).toList();
        assertFalse(periods.isEmpty());
        assertTrue(periods.stream().allMatch(p -> p.get("raise").asInt() == 1));
    }

    @Test
    void textShowReadsAsTheOfficesDocumentWithEveryLimitInWordsAndNoIds() {
        CliRun shown = run("plan", "show", "college");

        assertEquals(0, shown.exit(), shown.err());
        String out = shown.out();
        int at = -1;
        for (String heading : List.of("一、总则", "二、组织指挥体系及职责", "三、预警分级与发布", "四、应急响应与处置",
                "五、时限要求", "六、后期处置", "七、保障")) {
            int next = out.indexOf("\n" + heading + "\n");
            assertTrue(next > at, heading + " after the heading before it");
            at = next;
        }
        // plan 3's report limits: 2, 3 and 4 hours from the event, by level
        assertTrue(out.contains("事件发生时起 2 小时内：涉事单位（部门）向舆情处置应急领导小组"), out);
        assertTrue(out.contains("事件发生时起 3 小时内"));
        assertTrue(out.contains("事件发生时起 4 小时内"));
        for (String id : List.of("report-major", "report-significant", "continuous-reports", "leading-group",
                "involved-unit", "PT2H", "college-I-command")) {
            assertFalse(out.contains(id), id + " is the file's, not the office's");
        }

        CliRun english = run("--lang", "en", "plan", "show", "college");
        assertTrue(english.out().contains("within 2 hours of the event"), english.out());
    }

    @Test
    void textShowTagsEveryDefaultWithItsNoteUnderIt() {
        CliRun shown = run("plan", "show", "college");

        List<String> lines = shown.out().lines().toList();
        // the 网络宣传员 team: the source names no host department, so the unit is a default with its reason
        int team = indexOf(lines, l -> l.startsWith("（") && l.endsWith("）网络宣传员队伍"));
        assertTrue(lines.get(team + 1).endsWith("〔默认〕"), lines.get(team + 1));
        assertTrue(lines.get(team + 2).contains("注：原文写“统一调度学院网络宣传员"), lines.get(team + 2));
        // a unit taken from the source is not tagged
        int group = indexOf(lines, l -> l.equals("（一）学院突发公共事件舆情处置应急领导小组"));
        assertFalse(lines.get(group + 1).contains("〔默认〕"), lines.get(group + 1));
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> wanted) {
        for (int i = 0; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such line");
    }

    @Test
    void aRefusedImportExitsNonZeroWithOneLinePerProblemAndStoresNothing() throws Exception {
        String edited = replaceOnce(text("college"), "    levels: [II]\n", "    levels: [V]\n");
        edited = replaceOnce(edited, "    rank: 2\n    name: 较大\n", "    rank: 2\n");
        Path bad = files.resolve("bad.yaml");
        Files.writeString(bad, edited);

        CliRun refused = run("--lang", "en", "plan", "import", bad.toString());

        assertEquals(2, refused.exit());
        assertEquals(List.of(
                "The plan file has 2 problem(s) and was not imported:",
                "bad.yaml:" + exactLineOf(edited, "  - id: II") + ": levels[1].name: is required",
                "bad.yaml:" + exactLineOf(edited, "    levels: [V]") + ": deadlines[1].levels: unknown level \"V\""),
                refused.errLines());
        CliRun listed = run("plan", "list");
        assertEquals(1, officePlanLines(listed), "only the demo plan: " + listed.out());
    }

    @Test
    void aYamlNestingErrorIsExplainedInTheUsersLanguageNotInTheParsersWords() throws Exception {
        String edited = replaceOnce(text("college"), "revision: 1\n", "revision: 1\n   misplaced: x\n");
        Path bad = files.resolve("nesting.yaml");
        Files.writeString(bad, edited);

        CliRun chinese = run("plan", "import", bad.toString());
        CliRun english = run("--lang", "en", "plan", "import", bad.toString());

        assertEquals(2, chinese.exit());
        assertEquals(2, english.exit());
        assertTrue(chinese.errLines().get(1).contains("缩进或冒号有误"), chinese.err());
        assertTrue(english.errLines().get(1).contains("wrong indentation or colon"), english.err());
        for (String word : List.of("mapping", "scalar", "expected", "<block")) {
            assertFalse(chinese.err().contains(word) || english.err().contains(word), word);
        }
    }

    @Test
    void aPlanFileLargerThanTheLimitIsRefusedNamingIt() throws Exception {
        Path huge = files.resolve("huge.yaml");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }

        CliRun refused = run("plan", "import", huge.toString());

        assertEquals(2, refused.exit());
        assertTrue(refused.errLines().get(1).contains("超过 4 MB 的上限"), refused.err());
    }

    @Test
    void aMissingFileIsRefusedWithItsName() {
        CliRun refused = run("plan", "import", files.resolve("missing.yaml").toString());

        assertEquals(2, refused.exit());
        assertTrue(refused.errLines().get(1).startsWith("missing.yaml: 文件不存在"), refused.err());
    }

    @Test
    void newActivateExportAndImport() throws Exception {
        CliRun first = run("plan", "new", "college", "--name", "青溪学院舆情处置预案");
        assertEquals(0, first.exit(), first.err());
        assertEquals("已创建本单位预案 2：青溪学院舆情处置预案（版本 1）", first.out().strip(),
                "the demo plan (1) stays active");

        CliRun second = run("plan", "new", "school");
        assertEquals("已创建本单位预案 3：学校网络舆情监控与应对工作机制（版本 1）", second.out().strip());
        List<String> office = run("plan", "show", "2").out().lines().limit(2).toList();
        assertEquals(List.of("青溪学院舆情处置预案", "学院党委　第 1 版"), office, "an office plan shows its version");

        assertEquals(0, run("plan", "activate", "3").exit());
        String listed = run("plan", "list").out();
        assertTrue(listed.contains("  1  青溪县网络信息安全和重大舆情处置预案（模板 county，当前版本 1）"), listed);
        assertTrue(listed.contains("  2  青溪学院舆情处置预案（模板 college，当前版本 1）"), listed);
        assertTrue(listed.contains("* 3  学校网络舆情监控与应对工作机制（模板 school，当前版本 1）【启用中】"), listed);

        Path exported = files.resolve("school-office.json");
        CliRun export = run("plan", "export", "3", exported.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals("school", JSON.readTree(Files.readString(exported)).get("id").asText());

        CliRun imported = run("plan", "import", exported.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(showJson("3"), showJson("4"));
    }

    @Test
    void anExportToAFolderThatDoesNotExistFailsWithItsName() {
        Path target = files.resolve("no-such-folder").resolve("college.yaml");

        CliRun failed = run("plan", "export", "college", target.toString());

        assertEquals(2, failed.exit(), "bad input, refused before any work (issue 19)");
        assertTrue(failed.err().startsWith("无法写入 " + target + "：所在文件夹不存在"), failed.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void unknownIdsExitWithTheInvalidInputCode() {
        CliRun show = run("plan", "show", "city");
        assertEquals(2, show.exit());
        assertEquals("预案“city”不存在（可用模板编号或本单位预案编号）", show.err().strip());

        assertEquals(2, run("plan", "activate", "7").exit());
        assertEquals(2, run("plan", "activate", "seven").exit());
        assertEquals(2, run("plan", "new", "city").exit());
    }
}
