package org.incidentdesk.service.plan.format;

import static org.incidentdesk.service.plan.PlanFixtures.exactLineOf;
import static org.incidentdesk.service.plan.PlanFixtures.lineOf;
import static org.incidentdesk.service.plan.PlanFixtures.replaceOnce;
import static org.incidentdesk.service.plan.PlanFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.InvalidPlanException;
import org.incidentdesk.domain.plan.PlanProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private static List<PlanProblem> problemsOf(String fileName, String content) {
        return assertThrows(InvalidPlanException.class, () -> PlanReader.read(fileName, content)).problems();
    }

    private static PlanProblem onlyProblem(String fileName, String content) {
        List<PlanProblem> problems = problemsOf(fileName, content);
        assertEquals(1, problems.size(), () -> problems.toString());
        return problems.get(0);
    }

    @Test
    void unknownLevelInARuleNamesFileLineAndField() {
        // deadlines[1] of the college plan is the 3-hour report for 较大 (II) events
        String edited = replaceOnce(text("college"), "    levels: [II]\n", "    levels: [V]\n");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("college.yaml", problem.file());
        assertEquals(lineOf(edited, "    levels: [V]"), problem.line());
        assertEquals("deadlines[1].levels", problem.path());
        assertEquals("plan.invalid.unknownLevel", problem.messageKey());
        assertEquals(List.of("V"), problem.args());
        assertEquals("college.yaml:" + problem.line() + ": deadlines[1].levels: unknown level \"V\"",
                problem.describe(ENGLISH));
        assertEquals("college.yaml:" + problem.line() + ": deadlines[1].levels: 未知的级别“V”",
                problem.describe(CHINESE));
    }

    @Test
    void negativeDurationIsRefusedAtItsLine() {
        // deadlines[0] is the 2-hour report for 重大 events
        String edited = replaceOnce(text("college"), "duration: PT2H\n    from: event-time",
                "duration: -PT2H\n    from: event-time");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals(lineOf(edited, "duration: -PT2H"), problem.line());
        assertEquals("deadlines[0].duration", problem.path());
        assertEquals("plan.invalid.nonPositiveDuration", problem.messageKey());
    }

    @Test
    void zeroDurationIsRefused() {
        String edited = replaceOnce(text("college"), "duration: PT3H", "duration: PT0S");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("deadlines[1].duration", problem.path());
        assertEquals("plan.invalid.nonPositiveDuration", problem.messageKey());
    }

    @Test
    void durationThatIsNotIso8601IsReportedOnceNotAlsoAsMissing() {
        String edited = replaceOnce(text("college"), "    duration: PT4H\n    from: event-time\n    levels: [III]",
                "    duration: 4 小时\n    from: event-time\n    levels: [III]");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("deadlines[2].duration", problem.path());
        assertEquals("plan.invalid.duration", problem.messageKey());
        assertEquals(lineOf(edited, "duration: 4 小时"), problem.line());
    }

    @Test
    void missingLevelNameIsReportedAtTheLevelItIsMissingFrom() {
        String edited = replaceOnce(text("college"), "    rank: 2\n    name: 较大\n", "    rank: 2\n");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("levels[1].name", problem.path());
        assertEquals("plan.invalid.required", problem.messageKey());
        assertEquals(exactLineOf(edited, "  - id: II"), problem.line());
        assertEquals("college.yaml:" + problem.line() + ": levels[1].name: is required", problem.describe(ENGLISH));
    }

    @Test
    void missingPlanNameIsReportedAtTheStartOfTheDocument() {
        String edited = replaceOnce(text("college"), "name: 学院突发公共事件舆情处置应急预案\n", "");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("name", problem.path());
        assertEquals("plan.invalid.required", problem.messageKey());
        assertEquals(lineOf(edited, "schemaVersion: 1"), problem.line());
    }

    @Test
    void everyProblemIsCollectedInLineOrder() {
        String edited = text("college");
        edited = replaceOnce(edited, "    rank: 2\n    name: 较大\n", "    rank: 2\n");
        edited = replaceOnce(edited, "    levels: [II]\n", "    levels: [V]\n");
        edited = replaceOnce(edited, "duration: PT2H\n    from: event-time",
                "duration: -PT2H\n    from: event-time");

        List<PlanProblem> problems = problemsOf("college.yaml", edited);

        assertEquals(List.of("levels[1].name", "deadlines[0].duration", "deadlines[1].levels"),
                problems.stream().map(PlanProblem::path).toList());
        assertTrue(problems.get(0).line() < problems.get(1).line() && problems.get(1).line() < problems.get(2).line());
    }

    @Test
    void duplicateIdsNameBothPlaces() {
        String edited = replaceOnce(text("college"), "  - id: report-significant\n", "  - id: report-major\n");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("deadlines[1].id", problem.path());
        assertEquals("plan.invalid.duplicateId", problem.messageKey());
        assertEquals(List.of("report-major", "deadlines[0]"), problem.args());
    }

    @Test
    void unknownCategoryInARuleIsRefused() {
        String edited = replaceOnce(text("archives"), "    categories: [inquiry]\n    note: 原文写“在发现当日内",
                "    categories: [rumour]\n    note: 原文写“在发现当日内");

        PlanProblem problem = onlyProblem("archives.yaml", edited);

        assertEquals("deadlines[4].categories", problem.path());
        assertEquals("plan.invalid.unknownCategory", problem.messageKey());
        assertEquals(List.of("rumour"), problem.args());
    }

    @Test
    void badColourIsRefusedWithTheAllowedColours() {
        String edited = replaceOnce(text("county"), "colour: yellow", "colour: purple");

        PlanProblem problem = onlyProblem("county.yaml", edited);

        assertEquals("levels[2].colour", problem.path());
        assertEquals("plan.invalid.colour", problem.messageKey());
        assertEquals(List.of("purple", "red, orange, yellow, blue"), problem.args());
    }

    @Test
    void misspeltFieldIsRefusedRatherThanIgnored() {
        String edited = replaceOnce(text("school"), "    timing: within\n    duration: PT2H\n",
                "    timing: within\n    duraton: PT2H\n");

        List<PlanProblem> problems = problemsOf("school.yaml", edited);

        assertEquals(List.of("deadlines[1].duration", "deadlines[1].duraton"),
                problems.stream().map(PlanProblem::path).toList());
        assertEquals(List.of("plan.invalid.required", "plan.invalid.unknownField"),
                problems.stream().map(PlanProblem::messageKey).toList());
    }

    @Test
    void unknownRoleAndFormAreRefused() {
        String edited = replaceOnce(text("school"), "    by: town-committee\n    to: county-group\n    timing: repeating",
                "    by: mayor\n    to: county-group\n    timing: repeating");
        edited = replaceOnce(edited, "    form: opinion-bulletin\n    default: true", "    form: bulletin\n    default: true");

        List<PlanProblem> problems = problemsOf("school.yaml", edited);

        assertEquals(List.of("plan.invalid.unknownRole", "plan.invalid.unknownForm"),
                problems.stream().map(PlanProblem::messageKey).toList());
        assertEquals(List.of("deadlines[6].by", "deadlines[6].form"), problems.stream().map(PlanProblem::path).toList());
    }

    @Test
    void levelCountMustFitTheScheme() {
        String edited = replaceOnce(text("college"), "levelScheme: three-level", "levelScheme: four-level");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("levels", problem.path());
        assertEquals(List.of("four-level", 4, 3), problem.args());
    }

    @Test
    void syntaxErrorNamesItsLine() {
        String content = "schemaVersion: 1\nid: broken\nname: [unclosed\nrevision: 1\n";

        PlanProblem problem = onlyProblem("broken.yaml", content);

        assertEquals("plan.invalid.syntax.bracket", problem.messageKey());
        assertEquals(List.of(), problem.args(), "no parser text reaches the user");
        assertTrue(problem.line() >= 3, () -> "line " + problem.line());
    }

    @Test
    void textIsNormalisedAsEveryImporterDoes() {
        String edited = replaceOnce(text("college"), "name: 学院突发公共事件舆情处置应急预案",
                "name: 学院\u200B突发公共事件舆情处置应急预案\uFEFF");

        assertEquals("学院突发公共事件舆情处置应急预案", PlanReader.read("college.yaml", edited).name());
    }

    @Test
    void deepNestingIsRefusedInTheUsersWordsBeforeItCanExhaustTheStack() {
        String content = "schemaVersion: 1\nid: deep\nname: " + "[".repeat(5_000) + "\n";

        PlanProblem problem = onlyProblem("deep.yaml", content);

        assertEquals("plan.invalid.syntax.nesting", problem.messageKey());
        assertEquals(List.of(DocParser.MAX_NESTING), problem.args());
    }

    @Test
    void keyWrittenTwiceIsRefused() {
        String edited = replaceOnce(text("college"), "revision: 1\n", "revision: 1\nrevision: 2\n");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("plan.invalid.duplicateKey", problem.messageKey());
        assertEquals(lineOf(edited, "revision: 2"), problem.line());
    }

    @Test
    void documentOfAnotherSchemaVersionIsRefusedWithoutGuessing() {
        String edited = replaceOnce(text("college"), "schemaVersion: 1", "schemaVersion: 2");

        PlanProblem problem = onlyProblem("college.yaml", edited);

        assertEquals("schemaVersion", problem.path());
        assertEquals(List.of(2L, PlanDocument.SCHEMA_VERSION), problem.args());
    }

    @Test
    void jsonDocumentsAreCheckedWithTheirLinesToo() {
        String json = PlanWriter.toJson(PlanReader.read("college.yaml", text("college")));
        String edited = replaceOnce(json, "\"duration\" : \"PT3H\"", "\"duration\" : \"-PT3H\"");

        PlanProblem problem = onlyProblem("college.json", edited);

        assertEquals("deadlines[1].duration", problem.path());
        assertEquals(lineOf(edited, "\"-PT3H\""), problem.line());
    }

    @Test
    void missingFileIsAProblemNotACrash(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.yaml");

        InvalidPlanException refused = assertThrows(InvalidPlanException.class, () -> PlanReader.read(missing));

        assertEquals("plan.invalid.noSuchFile", refused.problems().get(0).messageKey());
        assertEquals("nowhere.yaml", refused.problems().get(0).file());
    }

    @Test
    void fileNotInUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.yaml");
        Files.write(file, text("college").getBytes("GBK"));

        InvalidPlanException refused = assertThrows(InvalidPlanException.class, () -> PlanReader.read(file));

        assertEquals("plan.invalid.notUtf8", refused.problems().get(0).messageKey());
    }

    @Test
    void scopeIsPlainTextOrTextWithItsDefaultMarkAndNote() {
        var college = PlanReader.read("college.yaml", text("college"));
        assertEquals(false, college.scopeOrigin().defaulted());
        assertTrue(college.scope().startsWith("本预案适用于处置与学院相关的"));

        var school = PlanReader.read("school.yaml", text("school"));
        assertEquals("适用于本校网络舆情的监控、研判、预警和应对处置。", school.scope());
        assertTrue(school.scopeOrigin().defaulted());
        assertTrue(school.scopeOrigin().note().contains("没有“适用范围”一节"));
    }

    @Test
    void misspeltFieldInsideTheScopeIsRefusedAtItsPath() {
        String edited = replaceOnce(text("school"), "  default: true\n  note: 原文没有",
                "  defualt: true\n  note: 原文没有");

        PlanProblem problem = onlyProblem("school.yaml", edited);

        assertEquals("scope.defualt", problem.path());
        assertEquals("plan.invalid.unknownField", problem.messageKey());
    }
}
