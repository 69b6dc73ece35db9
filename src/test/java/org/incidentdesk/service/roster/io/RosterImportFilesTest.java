package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading roster files: encodings, CSV quoting, XLSX cells, and files that cannot be used at all. */
class RosterImportFilesTest {
    private static final String HEADER = "姓名,单位,职务,办公电话,手机,电子邮箱,传真,备注";

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

    @ParameterizedTest(name = "{0} with BOM {1}")
    @CsvSource({"UTF-8, false, UTF-8", "UTF-8, true, UTF-8 (BOM)", "GBK, false, GB18030", "GB18030, false, GB18030"})
    void chineseCsvInEveryEncodingSpreadsheetsWrite(String charset, boolean bom, String expectedEncoding) {
        Path file = fx.csv("roster.csv", Charset.forName(charset), bom, HEADER,
                "周念慈,县水务局,分管负责同志,0571-88886666,13900002222,znc@water.example,,防汛值守",
                "韦一鸣,县气象局,联络员,,13900003333,,,");

        ImportPreview preview = fx.importer.preview(file);

        assertEquals("CSV", preview.format());
        assertEquals(expectedEncoding, preview.encoding());
        assertEquals(List.of("周念慈", "韦一鸣"), preview.rows().stream().map(r -> r.person().name()).toList());
        assertEquals(List.of("县水务局", "县气象局"), preview.rows().stream().map(ImportRow::unitName).toList());
        assertFalse(preview.hasProblems());

        assertEquals(new ImportResult(2, 0, 0, 1), fx.importer.apply(preview));
        Person stored = fx.personNamed("周念慈");
        assertEquals(new Person(stored.id(), "周念慈", water.id(), "0571-88886666", "13900002222", "znc@water.example",
                null, "防汛值守", List.of(new Post(water.id(), "分管负责同志")), 0), stored);
        assertEquals(UnitKind.MEMBER_UNIT, fx.unitNamed("县气象局").kind());
    }

    @Test
    void aQuotedCellWithCommaAndLineBreakStaysOneCellAndOneRow() {
        Path file = fx.csv("roster.csv", StandardCharsets.UTF_8, false, HEADER,
                "周念慈,县水务局,联络员,,13900002222,,,\"白天打办公电话, 夜间发短信\n周末找值班员\"",
                "韦一鸣,县水务局,值班员,,12345,,,");

        ImportPreview preview = fx.importer.preview(file);

        assertEquals("白天打办公电话, 夜间发短信\n周末找值班员", preview.rows().get(0).person().notes());
        // the two-line cell is still row 2 in a spreadsheet, so the bad mobile below it is on row 3
        assertEquals(List.of(3), preview.problems().stream().map(RowProblem::rowNumber).toList());
    }

    @Test
    void xlsxNumericMobilesComeBackAsTheDigitsTyped() throws IOException {
        Path file = dir.resolve("roster.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", null);
            Worksheet sheet = workbook.newWorksheet("通讯录");
            List<String> header = List.of("姓名", "单位", "手机", "办公电话");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "苏青禾");
            sheet.value(1, 1, "县水务局");
            sheet.value(1, 2, 13800001234L);
            sheet.value(1, 3, 57188886666L);
            sheet.value(2, 0, "欧阳默");
            sheet.value(2, 1, "县水务局");
            sheet.value(2, 2, 1.3900005678E10); // a double, stored as "1.3900005678E10"
            workbook.finish();
        }

        ImportPreview preview = fx.importer.preview(file);

        assertEquals("XLSX", preview.format());
        assertNull(preview.encoding());
        assertEquals(List.of("13800001234", "13900005678"),
                preview.rows().stream().map(r -> r.person().mobile()).toList());
        assertEquals("57188886666", preview.rows().get(0).person().officePhone());
        assertFalse(preview.hasProblems());
    }

    @Test
    void headersAreRecognisedInEnglishInAnyOrderAndUnknownColumnsIgnored() {
        Path file = fx.csv("roster.csv", StandardCharsets.UTF_8, false,
                "No.,Mobile,Unit,Name,E-mail", "1,13900002222,县水务局,周念慈,znc@water.example");

        ImportRow row = fx.importer.preview(file).rows().get(0);

        assertEquals("周念慈", row.person().name());
        assertEquals("13900002222", row.person().mobile());
        assertEquals("znc@water.example", row.person().email());
    }

    @Test
    void aMissingRequiredColumnNamesTheFileAndTheColumn() {
        Path file = fx.csv("no-unit.csv", StandardCharsets.UTF_8, false, "姓名,手机", "周念慈,13900002222");

        RosterFileException e = assertThrows(RosterFileException.class, () -> fx.importer.preview(file));

        assertEquals("rosterio.file.missingColumn", e.messageKey());
        assertArrayEquals(new Object[] {"no-unit.csv", "单位/Unit", 1}, e.args());
    }

    @Test
    void aColumnTwiceIsRefused() {
        Path file = fx.csv("twice.csv", StandardCharsets.UTF_8, false, "姓名,单位,手机,Mobile", "周念慈,县水务局,1,2");

        RosterFileException e = assertThrows(RosterFileException.class, () -> fx.importer.preview(file));

        assertEquals("rosterio.file.duplicateColumn", e.messageKey());
        assertArrayEquals(new Object[] {"twice.csv", "手机/Mobile", "C", "D"}, e.args());
    }

    @Test
    void emptyMissingUnknownAndBrokenFilesAreRefusedWithTheirReason() {
        assertEquals("rosterio.file.empty", refusal(fx.write("empty.csv", new byte[0])));
        assertEquals("rosterio.file.empty", refusal(fx.write("only-mark.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
        assertEquals("importing.file.notFound", refusal(dir.resolve("absent.csv")));
        assertEquals("importing.file.notFound", refusal(dir.resolve("absent.xlsx")));
        assertEquals("rosterio.file.unknownFormat", refusal(fx.write("roster.txt", "姓名,单位".getBytes(StandardCharsets.UTF_8))));
        assertEquals("rosterio.file.oldExcel", refusal(fx.write("roster.xls", new byte[] {1, 2, 3})));
        assertEquals("importing.xlsx.notWorkbook", refusal(fx.write("renamed.xlsx", "姓名,单位".getBytes(StandardCharsets.UTF_8))));
        assertEquals("importing.csv.unclosedQuote",
                refusal(fx.csv("quote.csv", StandardCharsets.UTF_8, false, HEADER, "周念慈,县水务局,\"联络员")));
        assertEquals("importing.file.unknownEncoding",
                refusal(fx.write("utf16.csv", "\uFEFF姓名,单位".getBytes(StandardCharsets.UTF_16LE))));
    }

    private String refusal(Path file) {
        RosterFileException e = assertThrows(RosterFileException.class, () -> fx.importer.preview(file));
        String named = e.args()[0].toString();
        assertTrue(named.endsWith(file.getFileName().toString()), "the message names the file: " + named);
        return e.messageKey();
    }
}
