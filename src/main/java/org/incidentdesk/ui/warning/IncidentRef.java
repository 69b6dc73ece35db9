package org.incidentdesk.ui.warning;

/** An incident as the warning screens name it: "2026-001 网传城东小区连续停水". */
public record IncidentRef(long id, String number, String title) {
    @Override
    public String toString() {
        return number + " " + title;
    }
}
