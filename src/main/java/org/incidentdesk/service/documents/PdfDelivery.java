package org.incidentdesk.service.documents;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.report.PdfPrinting;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.service.common.SafeFileWrite;

/** Where a finished PDF goes: a .pdf file (replaced whole or left as it was) or a printer. */
final class PdfDelivery {
    private PdfDelivery() {
    }

    /** Refuses a file that is not named *.pdf, before anything is taken or written. */
    static void checkFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf")) {
            throw new ValidationException(List.of(Violation.of("out", "validation.report.pdfExtension", file)));
        }
    }

    static void write(RenderedPdf pdf, Path file) {
        try {
            SafeFileWrite.replace(file, out -> out.write(pdf.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(RenderedPdf pdf, String printer, String jobName, int copies, boolean duplex) {
        try {
            PdfPrinting.print(pdf.bytes(), printer, jobName, copies, duplex);
        } catch (PrinterException | IOException e) {
            throw new PrintFailedException(printer, e);
        }
    }
}
