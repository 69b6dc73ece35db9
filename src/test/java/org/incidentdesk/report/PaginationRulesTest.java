package org.incidentdesk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeping lines together (a paragraph's last line with the line before it, the signature with the last body line)
 * without leaving a page four or more lines short. The documents are built so that every page break position is
 * tried: one-line paragraphs push a three-line paragraph and a signed ending with a three-line 附注 down line by line.
 */
class PaginationRulesTest {
    private static final DocumentComposer COMPOSER = new DocumentComposer(new FontLibrary(List.of()));
    private static final double TYPE_AREA_BOTTOM_MM = 37 + 225;
    private static final double LINE_MM = 225.0 / 22;
    /** The baseline of a line sits 0.88 em (三号, 16 pt) below the line's top. */
    private static final double BASELINE_IN_LINE_MM = 0.88 * 16 * 25.4 / 72;

    private static OfficialDocument document(int oneLiners) {
        OfficialDocument.Builder doc = OfficialDocument.builder(DocumentFormat.STANDARD).masthead("青溪县指挥部办公室文件")
                .number("青指办〔2026〕5号").title("关于检验分页规则的报告").addressees(List.of("县指挥部"));
        for (int i = 0; i < oneLiners; i++) {
            doc.add(Block.Paragraph.of("第" + (i + 1) + "项，情况正常。"));
        }
        doc.add(Block.Paragraph.of("甲".repeat(26) + "乙".repeat(28) + "丙丙丙丙。"));
        doc.add(Block.Paragraph.of("特此报告。"));
        return doc.signature("青溪县指挥部办公室", LocalDate.of(2026, 7, 8))
                .note("报送单位：青溪县指挥部办公室；联系人：（待填）；联系电话：（待填）；报送时间：2026年7月8日9时30分")
                .build();
    }

    @Test
    void noPageBeforeTheLastIsLeftFourOrMoreLinesShort() {
        double lastLineBaseline = TYPE_AREA_BOTTOM_MM - LINE_MM + BASELINE_IN_LINE_MM;
        double lowestAllowed = lastLineBaseline - 3 * LINE_MM - 0.5;
        for (int oneLiners = 0; oneLiners <= 30; oneLiners++) {
            List<PdfInspector.Page> pages = PdfInspector.read(COMPOSER.compose(document(oneLiners)).bytes());
            for (PdfInspector.Page page : pages.subList(0, pages.size() - 1)) {
                double lowest = page.body().stream().mapToDouble(PdfInspector.Glyph::baselineMm).max().orElseThrow();
                int linesFree = (int) Math.round((lastLineBaseline - lowest) / LINE_MM);
                assertTrue(lowest >= lowestAllowed, oneLiners + " one-line paragraphs: page " + page.number()
                        + " ends " + linesFree + " lines short");
            }
        }
    }

    @Test
    void aParagraphsLastLineNeverStandsAloneAtThePageTop() {
        for (int oneLiners = 0; oneLiners <= 30; oneLiners++) {
            List<PdfInspector.Page> pages = PdfInspector.read(COMPOSER.compose(document(oneLiners)).bytes());
            for (PdfInspector.Page page : pages) {
                String text = page.text();
                if (text.contains("丙丙丙丙")) {
                    assertTrue(text.contains("乙乙乙"), oneLiners + " one-line paragraphs: the last line of the "
                            + "three-line paragraph opens page " + page.number() + " alone");
                }
            }
        }
    }

    @Test
    void theSignatureSharesItsPageWithTheLastBodyLine() {
        for (int oneLiners = 0; oneLiners <= 30; oneLiners++) {
            List<PdfInspector.Page> pages = PdfInspector.read(COMPOSER.compose(document(oneLiners)).bytes());
            for (PdfInspector.Page page : pages) {
                if (page.text().contains("2026年7月8日\n") || page.text().contains("2026年7月8日\r\n")) {
                    assertTrue(page.text().contains("特此报告"), oneLiners + " one-line paragraphs, page " + page.number());
                }
            }
        }
    }
}
