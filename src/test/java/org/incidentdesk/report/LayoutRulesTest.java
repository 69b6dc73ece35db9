package org.incidentdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page-breaking rules of GB/T 9704 checked on purpose-built documents, read back from the PDF. */
class LayoutRulesTest {
    private static final DocumentComposer COMPOSER = new DocumentComposer(new FontLibrary(List.of()));
    private static final String LINE = "本段用于检验分页规则，每行二十八个字，正文采用三号仿宋字，行距按版心均分。";

    private static OfficialDocument.Builder notice(int paragraphs) {
        OfficialDocument.Builder doc = OfficialDocument.builder(DocumentFormat.STANDARD).masthead("青溪县指挥部办公室文件")
                .number("青指办〔2026〕5号").title("关于检验分页规则的通知").addressees(List.of("各成员单位"));
        for (int i = 0; i < paragraphs; i++) {
            doc.add(Block.Paragraph.of("第" + (i + 1) + "段。" + LINE));
        }
        doc.add(Block.Paragraph.of("特此通知。"));
        return doc.signature("青溪县指挥部办公室", LocalDate.of(2026, 7, 8)).printed("青溪县指挥部办公室", LocalDate.of(2026, 7, 8));
    }

    @Test
    void theSignatureNeverStandsAloneOnAPage() {
        for (int paragraphs = 1; paragraphs <= 14; paragraphs++) {
            List<PdfInspector.Page> pages = PdfInspector.read(COMPOSER.compose(notice(paragraphs).build()).bytes());
            for (PdfInspector.Page page : pages) {
                if (page.text().contains("2026年7月8日\n") || page.text().contains("2026年7月8日\r\n")) {
                    assertTrue(page.text().contains("特此通知"),
                            paragraphs + " paragraphs: the date shares a page with the last body line");
                }
            }
        }
    }

    @Test
    void theColophonSitsAtTheFootOfTheLastPage() {
        List<PdfInspector.Page> pages = PdfInspector.read(COMPOSER.compose(notice(6).build()).bytes());
        PdfInspector.Page last = pages.get(pages.size() - 1);
        double printedLine = last.body().stream().filter(g -> g.text().equals("印")).mapToDouble(PdfInspector.Glyph::baselineMm)
                .max().orElseThrow();
        double lineMm = 225.0 / 22;
        assertTrue(printedLine > 262 - lineMm && printedLine < 262, "印发 line in the last grid line: " + printedLine);
        assertTrue(last.text().contains("2026年7月8日印发"));
    }

    @Test
    void aLongIssuingOfficeNameLeavesTheDateItsOwnLineRatherThanOverlapIt() {
        String name = "青溪县网络信息安全和舆情处置应急指挥部办公室";
        OfficialDocument doc = notice(1).printed(name, LocalDate.of(2026, 7, 8)).build();
        PdfInspector.Page last = PdfInspector.read(COMPOSER.compose(doc).bytes()).getLast();

        List<PdfInspector.Glyph> footer = last.body().stream().filter(g -> g.baselineMm() > 230).toList();
        double nameEnd = footer.stream().filter(g -> g.text().equals("室")).mapToDouble(g -> g.xMm() + g.widthMm())
                .max().orElseThrow();
        PdfInspector.Glyph nameLast = footer.stream().filter(g -> g.text().equals("室")).reduce((a, b) -> b).orElseThrow();
        PdfInspector.Glyph issued = footer.stream().filter(g -> g.text().equals("印")).reduce((a, b) -> b).orElseThrow();
        assertTrue(issued.baselineMm() > nameLast.baselineMm() + 5, "the date one line below the name");
        assertTrue(nameEnd < 28 + 156, "the name stays inside the type area (28 mm margin, 156 mm wide): " + nameEnd);
        assertTrue(last.text().contains("2026年7月8日印发"));
    }

    @Test
    void aLongTitleIsSplitIntoBalancedLines() {
        List<String> lines = COMPOSER.titleLines("关于进一步做好重大节假日期间网络信息安全和重大舆情应急处置工作的通知");
        assertEquals(2, lines.size());
        int difference = Math.abs(lines.get(0).codePointCount(0, lines.get(0).length())
                - lines.get(1).codePointCount(0, lines.get(1).length()));
        assertTrue(difference <= 1, "balanced: " + lines);
        assertEquals(List.of("关于印发预案的通知"), COMPOSER.titleLines("关于印发预案的通知"));
    }

    @Test
    void aTableRepeatsItsHeaderOnEveryPage() {
        OfficialDocument.Builder doc = OfficialDocument.builder(DocumentFormat.PLAIN).title("测试表");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of("单位" + i, "联络员", "周堃", "0000-5550" + i));
        }
        doc.add(new Block.Table(List.of("单位", "职务", "姓名", "电话"), List.of(3f, 2f, 2f, 3f), rows));
        List<PdfInspector.Page> pages = PdfInspector.read(COMPOSER.compose(doc.build()).bytes());
        assertTrue(pages.size() >= 3);
        for (PdfInspector.Page page : pages) {
            assertTrue(page.text().startsWith("测试表") || page.text().startsWith("单位 职务 姓名 电话"),
                    "page " + page.number() + " starts with the header: " + page.text().substring(0, 20));
            assertEquals(37, page.firstLineTopMm(), 1.0, "page " + page.number());
        }
    }

    @Test
    void theLetterFormatHasNoPageNumberOnItsFirstPage() {
        OfficialDocument.Builder doc = OfficialDocument.builder(DocumentFormat.LETTER).masthead("青溪县指挥部办公室")
                .number("青指办函〔2026〕2号").title("关于商请协助核查有关情况的函").addressees(List.of("县公安局"));
        for (int i = 0; i < 20; i++) {
            doc.add(Block.Paragraph.of(LINE));
        }
        doc.signature("青溪县指挥部办公室", LocalDate.of(2026, 7, 8));
        List<PdfInspector.Page> pages = PdfInspector.read(COMPOSER.compose(doc.build()).bytes());
        assertTrue(pages.size() >= 2);
        assertNull(pages.get(0).printedPageNumber(), "信函格式: no number on page 1");
        assertEquals(2, pages.get(1).printedPageNumber());
        assertTrue(pages.get(0).text().contains("青指办函〔2026〕2号"));
    }
}
