package org.incidentdesk.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path dir;

    private List<TableRow> read(String text) throws IOException {
        return read(text, ImportLimits.DEFAULT);
    }

    private List<TableRow> read(String text, ImportLimits limits) throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), text, StandardCharsets.UTF_8);
        return CsvTable.read(file, limits).rows();
    }

    private ImportRefusal refused(String text, ImportLimits limits) {
        return assertThrows(ImportRefusal.class, () -> read(text, limits));
    }

    @Test
    void quotedFieldsKeepCommasLineBreaksAndDoubledQuotes() throws IOException {
        String text = "姓名,备注\r\n林晓川,\"白天打办公电话, 夜间发短信\n周末找值班员\",\"他说\"\"收到\"\"\"\r\n";

        assertEquals(List.of(new TableRow(1, List.of("姓名", "备注")),
                new TableRow(2, List.of("林晓川", "白天打办公电话, 夜间发短信\n周末找值班员", "他说\"收到\""))), read(text));
    }

    @Test
    void rowNumberIsTheSpreadsheetRowEvenAcrossMultiLineCellsAndBlankLines() throws IOException {
        // row 2 spans two physical lines, row 3 is blank: a spreadsheet shows 周念慈 on row 4
        List<TableRow> rows = read("姓名\n\"林\n晓川\"\n\n周念慈\n");

        assertEquals(List.of(1, 2, 4), rows.stream().map(TableRow::number).toList());
        assertEquals(List.of("周念慈"), rows.get(2).cells());
    }

    @Test
    void acceptsCrLfLfAndLoneCrAndALastLineWithoutBreak() throws IOException {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")),
                read("a\r\nb\nc\rd").stream().map(TableRow::cells).toList());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws IOException {
        assertEquals(List.of("5\"寸", "x"), read("5\"寸,x").get(0).cells());
    }

    @Test
    void anUnclosedQuoteNamesTheRowItStartsOn() {
        ImportRefusal e = refused("姓名,备注\r\n林晓川,ok\r\n周念慈,\"没有结束\r\n", ImportLimits.DEFAULT);

        assertEquals("importing.csv.unclosedQuote", e.messageKey());
        assertEquals(3, e.args()[1]);
    }

    @Test
    void textAfterAClosingQuoteIsRefusedWithItsRow() {
        ImportRefusal e = refused("a,b\r\n\"abc\"def,g\r\n", ImportLimits.DEFAULT);

        assertEquals("importing.csv.textAfterQuote", e.messageKey());
        assertEquals(2, e.args()[1]);
    }

    @Test
    void tooManyRowsColumnsOrCharactersAreRefusedNamingTheLimit() {
        ImportLimits small = new ImportLimits(1 << 20, 10, 3, 4, 1 << 20, 1 << 20, 100);

        assertEquals("importing.table.tooManyRows", refused("a\nb\nc\nd\n", small).messageKey());
        assertEquals(3, refused("a\nb\nc\nd\n", small).args()[1]);
        assertEquals("importing.table.tooManyColumns", refused("a,b,c,d,e\n", small).messageKey());
        ImportRefusal longCell = refused("a,b\nx,12345678901\n", small);
        assertEquals("importing.table.cellTooLong", longCell.messageKey());
        assertEquals(List.of(2, "B", 10), List.of(longCell.args()).subList(1, 4));
    }

    @Test
    void cellLengthCountsCharactersNotUtf16Units() throws IOException {
        ImportLimits small = new ImportLimits(1 << 20, 10, 3, 4, 1 << 20, 1 << 20, 100);
        String tenExtensionB = "𠮷".repeat(10);

        assertEquals(List.of(tenExtensionB), read(tenExtensionB + "\n", small).get(0).cells());
    }

    @Test
    void writtenTablesReadBackToTheSameCells() throws IOException {
        List<String> tricky = List.of("plain", "逗号,在内", "引号\"在内", "换行\n在内", "前导'引号", " 前后空格 ", "#号");
        List<List<String>> table = List.of(List.of("h1", "h2", "h3", "h4", "h5", "h6", "h7"), tricky);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvOutput.write(table, out);
        byte[] bytes = out.toByteArray();
        Path file = Files.write(dir.resolve("w.csv"), bytes);

        CsvTable.Result back = CsvTable.read(file, ImportLimits.DEFAULT);
        assertEquals(TextEncoding.UTF_8_BOM, back.encoding());
        assertEquals(table, back.rows().stream().map(TableRow::cells).toList());
        assertEquals(true, new String(bytes, StandardCharsets.UTF_8).startsWith("\uFEFFh1,h2,h3,h4,h5,h6,h7\r\nplain,"));
    }
}
