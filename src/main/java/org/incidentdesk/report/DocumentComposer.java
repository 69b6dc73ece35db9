package org.incidentdesk.report;

import java.util.List;

/**
 * Sets a document on the GB/T 9704 grid and writes it as PDF. One document at a time (the parsed font faces are
 * shared and not thread-safe); thread-safe otherwise. Reads font files: never on the JavaFX thread.
 */
public final class DocumentComposer {
    private final FontLibrary fonts;
    private final Typesetter typesetter;

    public DocumentComposer(FontLibrary fonts) {
        this.fonts = fonts;
        this.typesetter = new Typesetter(fonts);
    }

    public FontLibrary fonts() {
        return fonts;
    }

    public RenderedPdf compose(OfficialDocument document) {
        synchronized (fonts) {
            List<LayoutEngine.Page> pages = new LayoutEngine(typesetter).layout(document);
            byte[] bytes = new PdfWriter(typesetter).write(pages, document.title(), document.number());
            return new RenderedPdf(bytes, pages.size());
        }
    }

    /** The title's line breaks (a balanced split when it does not fit one line). */
    public List<String> titleLines(String title) {
        synchronized (fonts) {
            return new LayoutEngine(typesetter).balanced(title);
        }
    }
}
