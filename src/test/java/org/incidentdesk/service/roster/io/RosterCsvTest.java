package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    @Test
    void quotedFieldsKeepCommasLineBreaksAndDoubledQuotes() {
        String text = "姓名,备注\r\n林晓川,\"白天打办公电话, 夜间发短信\n周末找值班员\",\"他说\"\"收到\"\"\"\r\n";

        List<List<String>> records = Csv.parse(text);

        assertEquals(List.of(List.of("姓名", "备注"),
                List.of("林晓川", "白天打办公电话, 夜间发短信\n周末找值班员", "他说\"收到\"")), records);
    }

    @Test
    void recordIndexIsTheSpreadsheetRowEvenAcrossMultiLineCellsAndBlankLines() {
        // row 2 spans two physical lines, row 3 is blank: a spreadsheet shows 周念慈 on row 4
        String text = "姓名\n\"林\n晓川\"\n\n周念慈\n";

        List<List<String>> records = Csv.parse(text);

        assertEquals(4, records.size());
        assertEquals(List.of(""), records.get(2));
        assertEquals(List.of("周念慈"), records.get(3));
    }

    @Test
    void acceptsCrLfLfAndLoneCrAndALastLineWithoutBreak() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")), Csv.parse("a\r\nb\nc\rd"));
    }

    @Test
    void emptyFieldsAreKept() {
        assertEquals(List.of(List.of("", "", "")), Csv.parse(",,\r\n"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() {
        assertEquals(List.of(List.of("5\"寸", "x")), Csv.parse("5\"寸,x"));
    }

    @Test
    void anUnclosedQuoteNamesTheRowItStartsOn() {
        Csv.UnclosedQuoteException e = assertThrows(Csv.UnclosedQuoteException.class,
                () -> Csv.parse("姓名,备注\r\n林晓川,ok\r\n周念慈,\"没有结束\r\n"));

        assertEquals(3, e.recordNumber());
    }

    @Test
    void writtenRecordsParseBackToTheSameFields() {
        List<String> tricky = List.of("plain", "逗号,在内", "引号\"在内", "换行\r\n在内", "", " 前后空格 ");
        StringBuilder out = new StringBuilder();
        Csv.appendRecord(out, tricky);
        Csv.appendRecord(out, List.of("second"));

        assertEquals(List.of(tricky, List.of("second")), Csv.parse(out.toString()));
        assertEquals("plain,\"逗号,在内\",\"引号\"\"在内\",\"换行\r\n在内\",, 前后空格 \r\nsecond\r\n", out.toString());
    }
}
