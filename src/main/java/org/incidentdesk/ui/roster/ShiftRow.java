package org.incidentdesk.ui.roster;

import org.incidentdesk.domain.roster.DutyShift;

/** One line of the duty table. */
public record ShiftRow(DutyShift shift, String unitName, String personName, String mobile, String officePhone,
                       String from, String to, String period, String kind, boolean current) {
}
