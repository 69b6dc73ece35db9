package org.incidentdesk.report.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forms the office prints. {@code id} is what the command line takes; the display name comes from the
 * i18n key {@code report.form.ID}. {@code numbered} forms take a 文号 from the office's yearly series;
 * {@code incident} forms are filled from an incident on the board (or, on request, from invented sample data).
 */
public enum FormKind {
    WARNING_ISSUE("warning-issue", true, true),
    WARNING_ADJUST("warning-adjust", true, true),
    WARNING_LIFT("warning-lift", true, true),
    FIRST_REPORT("first-report", true, true),
    FOLLOW_UP_REPORT("follow-up-report", true, true),
    FINAL_REPORT("final-report", true, true),
    BULLETIN("bulletin", true, true),
    REVIEW_REPORT("review-report", true, true),
    ROSTER("roster", false, false),
    DUTY("duty", false, false),
    PLAN("plan", false, false);

    private final String id;
    private final boolean numbered;
    private final boolean incident;

    FormKind(String id, boolean numbered, boolean incident) {
        this.id = id;
        this.numbered = numbered;
        this.incident = incident;
    }

    public String id() {
        return id;
    }

    public boolean numbered() {
        return numbered;
    }

    public boolean fromIncident() {
        return incident;
    }

    public String messageKey() {
        return "report.form." + id;
    }

    public static Optional<FormKind> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
