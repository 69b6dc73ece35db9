package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.importing.TestXlsx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The roster import on each case the import trial (issue 8) found changing data or escaping its bounds, one
 * named test per case; the reader-level cases are in {@code XlsxTableTest}, {@code CsvTableTest} and
 * {@code TextEncodingTest}.
 */
class ImportSafetyRegressionTest {
    private static final String HEADER = "姓名,单位,职务,办公电话,手机,电子邮箱,传真,备注";
    private static final Messages CHINESE = new Messages(java.util.Locale.CHINA);

    @TempDir
    Path dir;
    RosterIoFixture fx;
    OrgUnit water;

    @BeforeEach
    void setUp() {
        fx = new RosterIoFixture(dir);
        OrgUnit command = fx.unit("县应急指挥部", UnitKind.COMMAND, null);
        water = fx.unit("县水务局", UnitKind.MEMBER_UNIT, command);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Path utf8(String... lines) {
        return fx.csv("roster.csv", StandardCharsets.UTF_8, false, lines);
    }

    private Path xlsx(String rows) {
        return fx.write("roster.xlsx", TestXlsx.withRows(TestXlsx.row(1, HEADER.split(",")) + rows).toBytes());
    }

    private RosterFileException refusedFile(Path file) {
        Roster before = fx.load();
        RosterFileException e = assertThrows(RosterFileException.class, () -> fx.importer.preview(file));
        assertEquals(before, fx.load(), "nothing is written after a refusal");
        return e;
    }

    /** Imports the file, exports the roster as CSV and XLSX and checks each re-imports with every row unchanged. */
    private void importAndCheckRoundTrip(Path file) {
        ImportPreview preview = fx.importer.preview(file);
        assertFalse(preview.hasProblems(), () -> preview.problems().toString());
        fx.importer.apply(preview);
        for (String name : List.of("back.csv", "back.xlsx")) {
            Path exported = dir.resolve(name);
            fx.exporter.export(exported);
            ImportPreview again = fx.importer.preview(exported);
            assertFalse(again.hasProblems(), () -> name + " " + again.problems());
            assertTrue(again.rows().stream().allMatch(row -> row.action() == RowAction.UNCHANGED),
                    () -> name + " " + again.rows());
        }
    }

    @Test
    void controlCharacterFromCsvIsRefusedSoTheXlsxExportCannotDropItAndPlanADuplicate() {
        Path file = utf8(HEADER, "周\u0007念慈,县水务局,,,13900002222,,,");

        ImportPreview preview = fx.importer.preview(file);

        RowProblem problem = preview.problems().get(0);
        assertEquals("importing.problem.controlChar", problem.violation().messageKey());
        assertEquals(List.of("U+0007"), problem.violation().args());
        assertEquals("姓名中含有不可见的控制字符 U+0007（文件可能已损坏或被篡改）：请删除后再导入",
                CHINESE.describe(problem.violation()));
    }

    @Test
    void dateCellInTheRosterIsRefusedNotStoredAsASerialNumber() {
        Path file = xlsx("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>周念慈</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>县水务局</t></is></c><c r=\"H2\" s=\"1\"><v>45292</v></c></row>");

        RosterFileException e = refusedFile(file);

        assertEquals("importing.xlsx.unexpectedDate", e.messageKey());
        assertEquals("文件“roster.xlsx”的单元格 H2 是日期（2024-01-01），而该列不应填日期：请将该列设为“文本”格式后重新填写",
                CHINESE.get(e.messageKey(), e.args()));
    }

    @Test
    void phoneticGuideIsNotGluedOntoTheName() {
        Path file = fx.write("roster.xlsx", TestXlsx.withRows(TestXlsx.row(1, HEADER.split(","))
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>")
                .sharedStrings("<si><t>周念慈</t><rPh sb=\"0\" eb=\"3\"><t>zhou nian ci</t></rPh></si><si><t>县水务局</t></si>")
                .toBytes());

        importAndCheckRoundTrip(file);

        assertEquals("周念慈", fx.personNamed("周念慈").name());
    }

    @Test
    void excelLineBreakEscapesInNotesAreDecodedAndSurviveTheRoundTrip() {
        Path file = xlsx(TestXlsx.row(2, "周念慈", "县水务局", null, null, null, null, null,
                "白天打电话_x000D__x000A_夜间发短信 _x005F_x0041_ 原样"));

        importAndCheckRoundTrip(file);

        assertEquals("白天打电话\n夜间发短信 _x0041_ 原样", fx.personNamed("周念慈").notes());
    }

    @Test
    void formulaWithoutACachedValueIsRefusedNamingTheCellNotReadAsBlank() {
        Path file = xlsx("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>周念慈</t></is></c>"
                + "<c r=\"B2\"><f>Sheet2!A1</f></c></row>");

        RosterFileException e = refusedFile(file);

        assertEquals("importing.xlsx.formulaWithoutValue", e.messageKey());
        assertEquals("B2", e.args()[1]);
    }

    @Test
    void byteOrderMarkInADataRowDoesNotStayInTheName() {
        importAndCheckRoundTrip(utf8(HEADER, "\uFEFF周念慈,县水务局,,,13900002222,,,"));

        assertEquals("周念慈", fx.load().people().get(0).name());
    }

    @ParameterizedTest(name = "unit name with U+{0}")
    @ValueSource(strings = {"200B", "00A0", "FEFF", "2060"})
    void invisibleOrNoBreakSpaceInAUnitNameDoesNotMakeALookAlikeUnit(String hex) {
        char odd = (char) Integer.parseInt(hex, 16);
        Path file = utf8(HEADER, "周念慈,县水务局" + odd + ",,,13900002222,,,", "韦一鸣," + odd + "县水务局,,,13900003333,,,");

        ImportPreview preview = fx.importer.preview(file);

        assertFalse(preview.hasProblems(), () -> preview.problems().toString());
        assertEquals(0, preview.unitsToCreate());
        assertTrue(preview.rows().stream().allMatch(row -> row.person().unitId() == water.id()));
    }

    @Test
    void noBreakSpaceInsideANameBecomesAnOrdinarySpace() {
        importAndCheckRoundTrip(utf8(HEADER, "郑\u00A0淼,县水务局,,,13900002222,,,"));

        assertEquals("郑 淼", fx.load().people().get(0).name());
    }

    @Test
    void decomposedTextIsStoredInNfc() {
        importAndCheckRoundTrip(utf8(HEADER, "Jose\u0301,县水务局,,,13900002222,,,"));

        assertEquals("Jos\u00E9", fx.load().people().get(0).name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Big5", "Shift_JIS"})
    void big5AndShiftJisAreRefusedNotReadAsGb18030Mojibake(String charset) {
        String text = charset.equals("Big5") ? "姓名,單位\r\n歐陽默,縣網信辦\r\n林曉川,縣公安局\r\n"
                : "氏名,所属\r\n山田太郎,情報課\r\n佐藤花子,総務課\r\n";
        Path file = fx.write("roster.csv", text.getBytes(Charset.forName(charset)));

        assertEquals("importing.file.unknownEncoding", refusedFile(file).messageKey());
    }

    @Test
    void nameLengthCountsCharactersSoFiftyOneExtensionBCharactersFit() {
        String fiftyOne = "𠮷".repeat(51);
        String hundredAndOne = "𠮷".repeat(101);

        importAndCheckRoundTrip(utf8(HEADER, fiftyOne + ",县水务局,,,13900002222,,,"));
        ImportPreview tooLong = fx.importer.preview(utf8(HEADER, hundredAndOne + ",县水务局,,,13900002223,,,"));

        assertEquals(fiftyOne, fx.load().people().get(0).name());
        assertEquals("validation.tooLong", tooLong.problems().get(0).violation().messageKey());
    }

    @Test
    void phoneNumbersAndFormulaLikeCellsReadBackAsThemselvesThroughCsvAndXlsx() {
        importAndCheckRoundTrip(utf8(HEADER,
                "周念慈,县水务局,+值班员,+86 571 8888 6666,+86 139 0000 2222,,,\"+1+cmd|' /C calc'!A0\"",
                "韦一鸣,县水务局,-值班员,,,,,'=1+2"));

        assertEquals("+86 571 8888 6666", fx.personNamed("周念慈").officePhone());
        assertEquals("+1+cmd|' /C calc'!A0", fx.personNamed("周念慈").notes());
        assertEquals("=1+2", fx.personNamed("韦一鸣").notes(), "the mark a spreadsheet puts on text is taken off");
    }

    @Test
    void aCellOfOneMegabyteIsRefusedWithoutBeingEchoed() {
        Path file = utf8(HEADER, "周念慈,县水务局,,,,,," + "长".repeat(1_000_000));

        RosterFileException e = refusedFile(file);

        assertEquals("importing.table.cellTooLong", e.messageKey());
        String message = CHINESE.get(e.messageKey(), e.args());
        assertTrue(message.length() < 200, message);
    }

    @Test
    void cellsQuotedInProblemsAreCutShortAndStrippedOfEscapeSequences() {
        String hostile = "\u001B]0;pwned\u0007\u001B[2J" + "工作组".repeat(100);
        Path file = utf8(HEADER + ",单位类型", "周念慈,县新单位,,,13900002222,,,," + hostile);

        ImportPreview preview = fx.importer.preview(file);

        String described = preview.problems().stream().map(p -> CHINESE.describe(p.violation()))
                .filter(text -> text.contains("无法识别")).findFirst().orElseThrow();
        assertFalse(described.chars().anyMatch(Character::isISOControl), described);
        assertTrue(described.length() < 120, described);
        assertTrue(described.contains("…"), described);
    }

    @Test
    void aSparseFileOfThreeGibibytesIsRefusedByItsSizeBeforeReading() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }

        RosterFileException e = refusedFile(file);

        assertEquals("importing.file.tooLarge", e.messageKey());
        assertEquals("32 MB", e.args()[1], "the message names the limit");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anEndlessDeviceNamedCsvIsRefusedOnceItPassesTheLimit() throws IOException {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.csv"), Path.of("/dev/zero"));

        assertEquals("importing.file.tooLarge", refusedFile(zero).messageKey());
    }
}
