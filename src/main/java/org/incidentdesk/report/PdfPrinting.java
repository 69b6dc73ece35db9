package org.incidentdesk.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF on a system printer at true size (A4, no scaling), both sides when the printer offers it. Talks
 * to the printer system: never on the JavaFX thread.
 */
public final class PdfPrinting {
    private PdfPrinting() {
    }

    /** A printer and whether it can print on both sides. */
    public record Printer(String name, boolean duplex) {
    }

    public static List<Printer> printers() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(s -> new Printer(s.getName(), supportsDuplex(s))).toList();
    }

    public static Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    private static boolean supportsDuplex(PrintService service) {
        return service.isAttributeValueSupported(Sides.DUPLEX, null, null);
    }

    /**
     * Sends the pages to {@code printerName}.
     *
     * @throws PrinterException when the printer is unknown or refuses the job
     */
    public static void print(byte[] pdf, String printerName, String jobName, int copies, boolean duplex)
            throws PrinterException, IOException {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printerName)).findFirst()
                .orElseThrow(() -> new PrinterException("printer not found: " + printerName));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document, Orientation.PORTRAIT, false, 0, false));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(MediaSizeName.ISO_A4);
            attributes.add(new Copies(Math.max(1, copies)));
            attributes.add(new JobName(jobName, null));
            if (duplex && supportsDuplex(service)) {
                attributes.add(Sides.DUPLEX);
            }
            job.print(attributes);
        }
    }
}
