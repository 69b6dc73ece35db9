package org.incidentdesk.archfixture.service;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Planted violation for ArchitectureTest: a "service" class that uses PDFBox instead of the report layer. */
public final class ServiceThatDrawsPdf {
    public int pages(PDDocument document) {
        return document.getNumberOfPages();
    }
}
