package org.incidentdesk.service.documents;

import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;

/**
 * The dispatch row (报送记录) a numbered document leaves on its incident's 处置日志: which document, its 文号, to whom
 * it went (主送), who signed it (签发人, else the issuing office) and how it left (exported or printed); who and when
 * are the row's stamp. Written through the one record path, in the issuing transaction.
 */
final class DispatchRecords {
    private final IncidentRecorder recorder;

    DispatchRecords(IncidentRecorder recorder) {
        this.recorder = recorder;
    }

    void record(StoreSession s, long incidentId, FormKind form, OfficialDocument document, IssuedDocument issued,
                Stamp stamp) {
        IncidentRecorder.changeable(s, incidentId);
        recorder.record(s, incidentId, fact(form, document, issued), null, stamp);
    }

    static TimelineFact.DocumentDispatched fact(FormKind form, OfficialDocument document, IssuedDocument issued) {
        String to = document.addressees().isEmpty() ? null : String.join("、", document.addressees());
        String signed = !document.signers().isEmpty() ? String.join("、", document.signers()) : document.issuer();
        return new TimelineFact.DocumentDispatched(issued.id(), form.id(), issued.number(), issued.delivery().name(),
                to, signed);
    }
}
