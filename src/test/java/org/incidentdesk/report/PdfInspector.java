package org.incidentdesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF back the way a checker with a ruler would: page sizes, every glyph's position (from PDFBox's text
 * extraction), the page-number line, the fonts and whether they are embedded. Positions in millimetres from the
 * paper's top-left corner.
 */
public final class PdfInspector {
    /** One extracted glyph: left edge, baseline, size in points, advance width, the character. */
    public record Glyph(double xMm, double baselineMm, double sizePt, double widthMm, String text) {
        /** Top of the glyph's ideographic em box (0.88 em above the baseline for CJK faces). */
        public double topMm() {
            return baselineMm - Grid.toMm(0.88 * sizePt);
        }
    }

    /** One page as read back. */
    public record Page(int number, double widthMm, double heightMm, List<Glyph> glyphs, String text,
                       List<String> fontNames, boolean allFontsEmbedded) {
        private static final Pattern PAGE_NUMBER = Pattern.compile("— (\\d+) —");

        /** Glyphs inside the type area: everything but the page number below it and a sample's mark above it. */
        public List<Glyph> body() {
            double bottom = 37 + 225;
            return glyphs.stream().filter(g -> g.baselineMm() < bottom && g.baselineMm() > 37).toList();
        }

        /** The glyphs above the type area: a sample's 示例 mark. */
        public String aboveTypeArea() {
            StringBuilder text = new StringBuilder();
            glyphs.stream().filter(g -> g.baselineMm() < 37).forEach(g -> text.append(g.text()));
            return text.toString();
        }

        public double leftEdgeMm() {
            return body().stream().mapToDouble(Glyph::xMm).min().orElse(Double.NaN);
        }

        public double firstLineTopMm() {
            return body().stream().mapToDouble(Glyph::topMm).min().orElse(Double.NaN);
        }

        /** The glyphs below the type area: the page number line. */
        public List<Glyph> footer() {
            double bottom = 37 + 225;
            return glyphs.stream().filter(g -> g.baselineMm() > bottom).toList();
        }

        public Integer printedPageNumber() {
            StringBuilder text = new StringBuilder();
            footer().forEach(g -> text.append(g.text()));
            Matcher m = PAGE_NUMBER.matcher(text.toString().replaceAll("\\s+", " ").replace("—", "—"));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Matcher loose = Pattern.compile("—\\s*(\\d+)\\s*—").matcher(text);
            return loose.find() ? Integer.parseInt(loose.group(1)) : null;
        }

        public String footerText() {
            StringBuilder text = new StringBuilder();
            footer().forEach(g -> text.append(g.text()));
            return text.toString();
        }
    }

    private PdfInspector() {
    }

    public static List<Page> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                PDRectangle box = page.getMediaBox();
                List<Glyph> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) {
                            glyphs.add(new Glyph(Grid.toMm(p.getXDirAdj()), Grid.toMm(p.getYDirAdj()),
                                    p.getFontSizeInPt(), Grid.toMm(p.getWidthDirAdj()), p.getUnicode()));
                        }
                    }
                };
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                stripper.setSortByPosition(false);
                stripper.getText(document);
                PDFTextStripper plain = new PDFTextStripper();
                plain.setStartPage(i + 1);
                plain.setEndPage(i + 1);
                String text = plain.getText(document);
                List<String> names = new ArrayList<>();
                boolean embedded = true;
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName());
                    embedded &= font.isEmbedded();
                }
                pages.add(new Page(i + 1, Grid.toMm(box.getWidth()), Grid.toMm(box.getHeight()), glyphs, text, names,
                        embedded));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
