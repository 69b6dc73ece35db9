package org.incidentdesk.service.documents;

import java.time.LocalDate;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.report.Urgency;
import org.incidentdesk.report.forms.FormKind;

/**
 * One document to compose: the form, where its data comes from (an incident on the board, or the invented sample),
 * which 续报 or 通报 issue, and what the office chooses for this document (份号, 密级 and
 * 保密期限, 紧急程度). {@code dutyFrom}/{@code dutyTo} bound the 值班表 (null: this week); {@code planId} names the
 * office plan the plan form prints (null: the active plan); {@code warningId} names the stored warning a warning
 * notice is filled from (null: the newest warning of the incident). {@code accountability}: the review report
 * carries the 责任追究 records (left out unless asked for; [security] decides who may ask).
 */
public record FormRequest(FormKind form, Long incidentId, boolean sample, int sequence, String copyNumber,
                          Secrecy secrecy, String secrecyPeriod, Urgency urgency, LocalDate dutyFrom,
                          LocalDate dutyTo, Long planId, Long warningId,
                          boolean accountability) {
    public FormRequest {
        secrecy = secrecy == null ? Secrecy.NONE : secrecy;
        urgency = urgency == null ? Urgency.NONE : urgency;
        sequence = Math.max(1, sequence);
    }

    public static FormRequest of(FormKind form) {
        return new FormRequest(form, null, form.fromIncident(), 1, null, Secrecy.NONE, null, Urgency.NONE, null, null, null, null, false);
    }

    public FormRequest withMarks(String copy, Secrecy level, String period, Urgency urgencyMark) {
        return new FormRequest(form, incidentId, sample, sequence, copy, level, period, urgencyMark, dutyFrom, dutyTo, planId, warningId, accountability);
    }

    public FormRequest withSequence(int number) {
        return new FormRequest(form, incidentId, sample, number, copyNumber, secrecy, secrecyPeriod, urgency, dutyFrom,
                dutyTo, planId, warningId, accountability);
    }

    public FormRequest forIncident(long id) {
        return new FormRequest(form, id, false, sequence, copyNumber, secrecy, secrecyPeriod, urgency, dutyFrom, dutyTo, planId, warningId, accountability);
    }

    /** The office plan the plan form prints (null: the active plan). */
    public FormRequest forPlan(Long id) {
        return new FormRequest(form, incidentId, sample, sequence, copyNumber, secrecy, secrecyPeriod, urgency, dutyFrom,
                dutyTo, id, warningId, accountability);
    }

    /** A warning notice filled from the stored warning {@code id}. */
    public FormRequest forWarning(long id) {
        return new FormRequest(form, incidentId, false, sequence, copyNumber, secrecy, secrecyPeriod, urgency, dutyFrom,
                dutyTo, planId, id, accountability);
    }

    public FormRequest withDutyRange(LocalDate from, LocalDate to) {
        return new FormRequest(form, incidentId, sample, sequence, copyNumber, secrecy, secrecyPeriod, urgency, from, to, planId, warningId, accountability);
    }

    /** The review report with its accountability records (责任追究), or without them (the default). */
    public FormRequest withAccountability(boolean included) {
        return new FormRequest(form, incidentId, sample, sequence, copyNumber, secrecy, secrecyPeriod, urgency, dutyFrom,
                dutyTo, planId, warningId, included);
    }
}
