package org.incidentdesk.service.importing;

import static org.incidentdesk.service.importing.TestXlsx.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.incidentdesk.service.importing.xlsx.XlsxTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .xlsx reader on the damaged, odd and hostile workbooks the import trial found, one test per case. */
class XlsxTableTest {
    @TempDir
    Path dir;

    private List<TableRow> read(TestXlsx workbook) throws IOException {
        return read(workbook.toBytes());
    }

    private List<TableRow> read(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("book.xlsx"), bytes);
        return XlsxTable.read(file, ImportLimits.DEFAULT, column -> column == 1);
    }

    private ImportRefusal refused(TestXlsx workbook) {
        return refused(workbook.toBytes());
    }

    private ImportRefusal refused(byte[] bytes) {
        ImportRefusal e = assertThrows(ImportRefusal.class, () -> read(bytes));
        assertEquals("book.xlsx", e.args()[0], "every refusal names the file");
        return e;
    }

    private static String cells(String rowXml) {
        return "<row r=\"1\">" + rowXml + "</row>";
    }

    @Test
    void inlineSharedAndNumberCellsReadAsTheTextAUserSees() throws IOException {
        TestXlsx book = TestXlsx.withRows(cells("<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\"><v>1.3800001234E10</v></c>"
                + "<c r=\"D1\" t=\"str\"><f>A1</f><v>林</v></c><c r=\"E1\" t=\"b\"><v>1</v></c>"))
                .sharedStrings("<si><t>林晓川</t></si>");

        assertEquals(List.of(new TableRow(1, List.of("林晓川", "", "13800001234", "林", "TRUE"))), read(book));
    }

    @Test
    void dateCellOfTypeDIsADateWhereExpectedAndRefusedElsewhere() throws IOException {
        assertEquals(List.of("", "2024-01-01"),
                read(TestXlsx.withRows(cells("<c r=\"B1\" t=\"d\"><v>2024-01-01T00:00:00</v></c>"))).get(0).cells());

        ImportRefusal e = refused(TestXlsx.withRows(cells("<c r=\"C1\" t=\"d\"><v>2024-01-01T00:00:00</v></c>")));
        assertEquals("importing.xlsx.unexpectedDate", e.messageKey());
        assertEquals(List.of("C1", "2024-01-01"), List.of(e.args()).subList(1, 3));
    }

    @Test
    void numberFormattedAsDateIsReadAsTheDateNotTheSerial45292() throws IOException {
        assertEquals("2024-01-01", read(TestXlsx.withRows(cells("<c r=\"B1\" s=\"1\"><v>45292</v></c>"))).get(0).cells().get(1));
        assertEquals("2024-01-01T12:00", read(TestXlsx.withRows(cells("<c r=\"B1\" s=\"2\"><v>45292.5</v></c>"))).get(0).cells().get(1));

        ImportRefusal e = refused(TestXlsx.withRows(cells("<c r=\"E1\" s=\"1\"><v>45292</v></c>")));
        assertEquals("importing.xlsx.unexpectedDate", e.messageKey());
        assertEquals("2024-01-01", e.args()[2]);
    }

    @Test
    void unknownCellTypeIsRefusedNamingTheCell() {
        ImportRefusal e = refused(TestXlsx.withRows(cells("<c r=\"B1\" t=\"zz\"><v>1</v></c>")));

        assertEquals("importing.xlsx.unknownType", e.messageKey());
        assertEquals("B1", e.args()[1]);
    }

    @Test
    void workbookWithoutSheetsIsRefused() {
        TestXlsx book = TestXlsx.withRows("").text("xl/workbook.xml",
                "<workbook xmlns=\"" + TestXlsx.MAIN_NS + "\"><sheets/></workbook>");

        assertEquals("importing.xlsx.noSheet", refused(book).messageKey());
    }

    @Test
    void sharedStringIndexOutOfRangeOrNotANumberIsRefused() {
        ImportRefusal outOfRange = refused(TestXlsx.withRows(cells("<c r=\"A1\" t=\"s\"><v>7</v></c>"))
                .sharedStrings("<si><t>a</t></si>"));
        ImportRefusal notNumber = refused(TestXlsx.withRows(cells("<c r=\"A1\" t=\"s\"><v>x1</v></c>")));

        assertEquals("importing.xlsx.badSharedString", outOfRange.messageKey());
        assertEquals(List.of("A1", "7", 1), List.of(outOfRange.args()).subList(1, 4));
        assertEquals("importing.xlsx.badSharedString", notNumber.messageKey());
    }

    @Test
    void nonsenseOrEnormousRowAndCellReferencesAreRefused() {
        assertEquals("importing.xlsx.badRowNumber",
                refused(TestXlsx.withRows("<row r=\"abc\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")).messageKey());
        assertEquals("importing.xlsx.badRowNumber",
                refused(TestXlsx.withRows("<row r=\"99999999999\"></row>")).messageKey());
        assertEquals("importing.xlsx.badCellRef",
                refused(TestXlsx.withRows(cells("<c r=\"1A\"><v>1</v></c>"))).messageKey());
        assertEquals("importing.xlsx.badCellRef",
                refused(TestXlsx.withRows(cells("<c r=\"A7\"><v>1</v></c>"))).messageKey());
    }

    @Test
    void cellAtColumnZzzzzzIsRefusedBeforeAnythingIsAllocatedForIt() {
        ImportRefusal e = refused(TestXlsx.withRows(cells("<c r=\"ZZZZZZ1\"><v>1</v></c>")));

        assertEquals("importing.xlsx.badCellRef", e.messageKey());
        ImportRefusal far = refused(TestXlsx.withRows(cells("<c r=\"XFD1\"><v>1</v></c>")));
        assertEquals("importing.xlsx.columnTooFar", far.messageKey());
        assertEquals("IV", far.args()[2], "the message names the last column allowed");
    }

    @Test
    void anEmptyFormattedCellInColumnXfdIsIgnoredAndTheRosterStillReads() throws IOException {
        TestXlsx book = TestXlsx.withRows("").sheet("<dimension ref=\"A1:XFD2\"/><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c><c r=\"XFD1\" s=\"0\"/></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>林晓川</t></is></c>"
                + "<c r=\"XFD2\" t=\"inlineStr\"><is><t> </t></is></c></row></sheetData>");

        assertEquals(List.of(new TableRow(1, List.of("姓名")), new TableRow(2, List.of("林晓川"))), read(book));
    }

    @Test
    void aDamagedPartTheImportNeverReadsStillRefusesThePackage() throws IOException {
        byte[] good = TestXlsx.withRows(cells("<c r=\"A1\"><v>1</v></c>")).toBytes();
        byte[] marker = "UNUSED-PART-CONTENT-".repeat(8).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out);
             var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good))) {
            java.util.zip.ZipEntry unused = new java.util.zip.ZipEntry("docProps/unused.bin");
            unused.setMethod(java.util.zip.ZipEntry.STORED);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(marker);
            unused.setCrc(crc.getValue());
            unused.setSize(marker.length);
            zip.putNextEntry(unused);
            zip.write(marker);
            zip.closeEntry();
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        byte[] bytes = out.toByteArray();
        assertEquals(1, read(bytes).size(), "whole, it reads");
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("UNUSED-PART-CONTENT-") + 5;
        bytes[at] ^= 0x01;

        ImportRefusal e = refused(bytes);
        assertEquals("importing.xlsx.damagedPart", e.messageKey());
        assertEquals("docProps/unused.bin", e.args()[1]);
    }

    @Test
    void declaredDimensionBeyondTheLimitsIsRefused() {
        ImportRefusal e = refused(TestXlsx.withRows("").sheet("<dimension ref=\"A1:ZZZ1048576\"/><sheetData/>"));

        assertEquals("importing.xlsx.dimensionTooLarge", e.messageKey());
    }

    @Test
    void nulAndLoneSurrogatesInTheSheetXmlAreRefusedAsDamage() {
        TestXlsx withNul = TestXlsx.withRows(cells("<c r=\"A1\" t=\"inlineStr\"><is><t>a\u0000b</t></is></c>"));
        TestXlsx withSurrogate = TestXlsx.withRows(cells("<c r=\"A1\" t=\"inlineStr\"><is><t>a&#xD800;b</t></is></c>"));

        assertEquals("importing.xlsx.badXml", refused(withNul).messageKey());
        assertEquals("importing.xlsx.badXml", refused(withSurrogate).messageKey());
    }

    @Test
    void numberWithAnEnormousExponentIsRefusedNotExpanded() {
        ImportRefusal e = refused(TestXlsx.withRows(cells("<c r=\"E1\"><v>1E2147483647</v></c>")));

        assertEquals("importing.xlsx.badNumber", e.messageKey());
        assertEquals("E1", e.args()[1]);
    }

    @Test
    void errorValuesAndFormulasWithoutACachedValueAreRefusedNamingTheCell() {
        ImportRefusal error = refused(TestXlsx.withRows(cells("<c r=\"D1\" t=\"e\"><v>#REF!</v></c>")));
        ImportRefusal formula = refused(TestXlsx.withRows(cells("<c r=\"C1\"><f>SUM(A1:A9)</f></c>")));

        assertEquals(List.of("importing.xlsx.errorValue", "D1", "#REF!"),
                List.of(error.messageKey(), error.args()[1], error.args()[2]));
        assertEquals(List.of("importing.xlsx.formulaWithoutValue", "C1"), List.of(formula.messageKey(), formula.args()[1]));
    }

    @Test
    void phoneticGuidesAreDroppedAndRichTextRunsJoined() throws IOException {
        TestXlsx book = TestXlsx.withRows(cells("<c r=\"A1\" t=\"s\"><v>0</v></c>")).sharedStrings(
                "<si><r><t>林</t></r><r><rPr><b/></rPr><t>晓川</t></r><rPh sb=\"0\" eb=\"1\"><t>lin xiao chuan</t></rPh>"
                        + "<phoneticPr fontId=\"1\"/></si>");

        assertEquals(List.of("林晓川"), read(book).get(0).cells());
    }

    @Test
    void excelEscapesAreDecoded() throws IOException {
        TestXlsx book = TestXlsx.withRows(row(1, "第一行_x000D__x000A_第二行", "_x005F_x0041_"));

        assertEquals(List.of("第一行\r\n第二行", "_x0041_"), read(book).get(0).cells());
    }

    @Test
    void doctypeAndEntitiesAreRefusedAndNeverResolved() {
        String secret = dir.resolve("secret.txt").toUri().toString();
        TestXlsx book = TestXlsx.withRows("").text("xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"" + secret + "\">]>"
                        + "<sst xmlns=\"" + TestXlsx.MAIN_NS + "\"><si><t>&x;</t></si></sst>");
        TestXlsx laughs = TestXlsx.withRows("").text("xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<sst xmlns=\"" + TestXlsx.MAIN_NS + "\"><si><t>&b;</t></si></sst>");

        assertEquals("importing.xlsx.doctype", refused(book).messageKey());
        assertEquals("importing.xlsx.doctype", refused(laughs).messageKey());
    }

    @Test
    void truncatedZipIsRefusedAsNoWorkbook() {
        byte[] whole = TestXlsx.withRows(row(1, "姓名", "单位")).toBytes();

        for (int cut : new int[] {10, whole.length / 2, whole.length - 10}) {
            ImportRefusal e = refused(Arrays.copyOf(whole, cut));
            assertTrue(e.messageKey().startsWith("importing.xlsx."), e.messageKey());
        }
    }

    @Test
    void zipBombIsRefusedByItsCompressionRatioNamingTheLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] base = TestXlsx.withRows("").toBytes();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(("<workbook xmlns=\"" + TestXlsx.MAIN_NS + "\" xmlns:r=\"" + TestXlsx.REL_NS
                    + "\"><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes());
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"w\" Target=\"worksheets/sheet1.xml\"/></Relationships>").getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + TestXlsx.MAIN_NS + "\"><sheetData>").getBytes());
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
            assertTrue(base.length > 0);
        }

        ImportRefusal e = refused(out.toByteArray());

        assertEquals("importing.xlsx.compressionRatio", e.messageKey());
        assertEquals(ImportLimits.DEFAULT.maxCompressionRatio(), e.args()[2]);
    }

    @Test
    void renamedTextFileIsNoWorkbook() {
        assertEquals("importing.xlsx.notWorkbook", refused("姓名,单位".getBytes()).messageKey());
        assertFalse(dir.resolve("secret.txt").toFile().exists());
    }
}
