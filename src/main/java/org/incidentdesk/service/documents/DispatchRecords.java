package org.incidentdesk.service.documents;

import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.domain.event.IncidentChanged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;

/**
 * The dispatch row (报送记录) a numbered document leaves on its incident's 处置日志: which document, its 文号, to whom
 * it went (主送), who signed it (签发人, else the issuing office) and how it left (exported or printed); who and when
 * are the row's stamp. Written in the issuing transaction with the incident's touch and an event after commit.
 */
final class DispatchRecords {
    /** The record is written in the office's document language, as the other timeline rows. */
    private static final Messages RECORD_TEXTS = new Messages(Locale.SIMPLIFIED_CHINESE);

    private final EventBus events;

    DispatchRecords(EventBus events) {
        this.events = events;
    }

    void record(StoreSession s, long incidentId, FormKind form, OfficialDocument document, IssuedDocument issued,
                Stamp stamp) {
        Incident incident = s.incidents().find(incidentId).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("incident", "incident.unknown", String.valueOf(incidentId)))));
        String text = text(form, document, issued);
        s.incidents().touch(incidentId, stamp);
        long entry = s.timeline().append(incidentId, TimelineKind.DISPATCH, issued.id(), text, stamp);
        s.raise(new IncidentChanged(events.origin(), incidentId, incident.number(), TimelineKind.DISPATCH, entry));
    }

    static String text(FormKind form, OfficialDocument document, IssuedDocument issued) {
        String none = RECORD_TEXTS.get("report.dispatch.none");
        String to = document.addressees().isEmpty() ? none : String.join("、", document.addressees());
        String signed = !document.signers().isEmpty() ? String.join("、", document.signers())
                : document.issuer() == null ? none : document.issuer();
        return RECORD_TEXTS.get("report.dispatch." + issued.delivery().name(), RECORD_TEXTS.get(form.messageKey()),
                issued.number(), to, signed);
    }
}
