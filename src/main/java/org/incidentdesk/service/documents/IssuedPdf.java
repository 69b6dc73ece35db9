package org.incidentdesk.service.documents;

import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.report.RenderedPdf;

/** A document as it was exported or printed, and the record kept of it. */
public record IssuedPdf(RenderedPdf pdf, IssuedDocument record) {
}
