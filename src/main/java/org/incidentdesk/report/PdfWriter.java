package org.incidentdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Draws laid-out pages into a PDF with every face subset-embedded (TrueType outlines, ToUnicode maps). */
final class PdfWriter {
    /** 公文 red: the standard's red ink is Y80% M80%. */
    private static final float[] RED_CMYK = {0f, 0.8f, 0.8f, 0f};
    private final Typesetter typesetter;

    PdfWriter(Typesetter typesetter) {
        this.typesetter = typesetter;
    }

    byte[] write(List<LayoutEngine.Page> pages, String title, String subject) {
        try (PDDocument pdf = new PDDocument()) {
            Map<FontFace, PDType0Font> fonts = new HashMap<>();
            for (LayoutEngine.Page page : pages) {
                PDPage pdPage = new PDPage(new PDRectangle(Grid.PAGE_WIDTH, Grid.PAGE_HEIGHT));
                pdf.addPage(pdPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdPage)) {
                    for (Op op : page.ops()) {
                        switch (op) {
                            case Op.Text text -> drawText(pdf, content, fonts, text);
                            case Op.Rule rule -> drawRule(content, rule);
                        }
                    }
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            info.setCreator("IncidentDesk 应急处置工作台");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be written", e);
        }
    }

    private void drawText(PDDocument pdf, PDPageContentStream content, Map<FontFace, PDType0Font> fonts, Op.Text text)
            throws IOException {
        boolean embolden = text.role() == FontRole.XIAOBIAOSONG
                && typesetter.library().choice(FontRole.XIAOBIAOSONG).substitute();
        float x = text.x();
        float y = Grid.PAGE_HEIGHT - text.baseline();
        if (text.red()) {
            content.setNonStrokingColor(RED_CMYK[0], RED_CMYK[1], RED_CMYK[2], RED_CMYK[3]);
            content.setStrokingColor(RED_CMYK[0], RED_CMYK[1], RED_CMYK[2], RED_CMYK[3]);
        }
        for (Typesetter.Run run : typesetter.runs(text.role(), text.text(), text.size(), text.spacing())) {
            PDType0Font font = fonts.computeIfAbsent(run.face(), face -> embed(pdf, face));
            content.beginText();
            content.setFont(font, text.size());
            content.setCharacterSpacing(text.spacing());
            if (embolden) {
                // the shipped substitute is a light 宋 face: stroke the outline to approach 小标宋's weight
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth(text.size() * 0.035f);
            }
            content.newLineAtOffset(x, y);
            content.showText(run.text());
            content.endText();
            if (embolden) {
                content.setRenderingMode(RenderingMode.FILL);
            }
            x += run.width();
        }
        if (text.underline()) {
            content.setLineWidth(0.6f);
            content.moveTo(text.x(), y - 2.5f);
            content.lineTo(x - text.spacing(), y - 2.5f);
            content.stroke();
        }
        if (text.red()) {
            content.setNonStrokingColor(0f);
            content.setStrokingColor(0f);
        }
    }

    private static PDType0Font embed(PDDocument pdf, FontFace face) {
        try {
            return PDType0Font.load(pdf, face.font(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + face.name() + " cannot be embedded", e);
        }
    }

    private static void drawRule(PDPageContentStream content, Op.Rule rule) throws IOException {
        if (rule.red()) {
            content.setStrokingColor(RED_CMYK[0], RED_CMYK[1], RED_CMYK[2], RED_CMYK[3]);
        }
        content.setLineWidth(rule.thickness());
        content.moveTo(rule.x1(), Grid.PAGE_HEIGHT - rule.y1());
        content.lineTo(rule.x2(), Grid.PAGE_HEIGHT - rule.y2());
        content.stroke();
        if (rule.red()) {
            content.setStrokingColor(0f);
        }
    }
}
