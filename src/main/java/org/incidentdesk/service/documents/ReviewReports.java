package org.incidentdesk.service.documents;

import java.nio.file.Path;
import java.util.List;
import org.incidentdesk.report.PdfPrinting;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.report.forms.FormKind;

/**
 * The 处置工作总结评估报告 of one incident's review, for the review workspace's Print button and the command line:
 * preview it, export it or print it. Exporting and printing issue it as a numbered document of the office (文号,
 * record, dispatch row on the incident, the plan's summary-report deadline met) like every other form. The
 * accountability records (责任追究) are left out unless {@code accountability} is true. Blocking: call it off the
 * JavaFX thread (it reads the database and fonts, writes files and talks to printers).
 */
public final class ReviewReports {
    private final DocumentService documents;

    public ReviewReports(DocumentService documents) {
        this.documents = documents;
    }

    /** The request for incident {@code incidentId}'s review report; marks (密级, 份号…) can be added to it. */
    public static FormRequest request(long incidentId, boolean accountability) {
        return FormRequest.of(FormKind.REVIEW_REPORT).forIncident(incidentId).withAccountability(accountability);
    }

    /** The report as it would be issued now, with the number it would take (none is taken). */
    public RenderedPdf preview(long incidentId, boolean accountability) {
        return documents.preview(request(incidentId, accountability));
    }

    /** What is still blank and which faces are substitutes, to confirm before a number is taken. */
    public IssueCheck check(long incidentId, boolean accountability) {
        return documents.check(request(incidentId, accountability));
    }

    public IssuedPdf export(long incidentId, boolean accountability, Path file) {
        return documents.export(request(incidentId, accountability), file);
    }

    public IssuedPdf print(long incidentId, boolean accountability, String printer, int copies, boolean duplex) {
        return documents.print(request(incidentId, accountability), printer, copies, duplex);
    }

    public List<PdfPrinting.Printer> printers() {
        return documents.printers();
    }
}
