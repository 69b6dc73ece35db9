package org.incidentdesk.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders the pages of a PDF to images for the preview. Off the JavaFX thread; one page at a time. */
public final class PdfPages implements AutoCloseable {
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPages open(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be read", e);
        }
    }

    public synchronized int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (0-based) at {@code dpi}; 96 dpi is true size on a usual screen. */
    public synchronized BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("page " + (index + 1) + " could not be rendered", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
