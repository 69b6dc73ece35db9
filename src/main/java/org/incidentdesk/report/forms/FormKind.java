package org.incidentdesk.report.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forms the office prints. {@code id} is what the command line takes; the display name comes from the
 * i18n key {@code report.form.ID}. {@code numbered} forms take a 文号 from the office's yearly series;
 * {@code incident} forms are filled from an incident on the board (or, on request, from invented sample data).
 */
public enum FormKind {
    WARNING_ISSUE("warning-issue", true, true, "warning-notice"),
    WARNING_ADJUST("warning-adjust", true, true, "warning-notice"),
    WARNING_LIFT("warning-lift", true, true, "warning-notice"),
    FIRST_REPORT("first-report", true, true, "first-report"),
    FOLLOW_UP_REPORT("follow-up-report", true, true, "follow-up-report"),
    FINAL_REPORT("final-report", true, true, "final-report"),
    BULLETIN("bulletin", true, true, "opinion-bulletin"),
    REVIEW_REPORT("review-report", true, true, "summary-report"),
    /** The agreed wording (统一口径) as final, for the member units: only a version a leader approved prints. */
    STATEMENT("statement", false, true, null),
    ROSTER("roster", false, false, null),
    DUTY("duty", false, false, null),
    PLAN("plan", false, false, null);

    private final String id;
    private final boolean numbered;
    private final boolean incident;
    private final String planForm;

    FormKind(String id, boolean numbered, boolean incident, String planForm) {
        this.id = id;
        this.numbered = numbered;
        this.incident = incident;
        this.planForm = planForm;
    }

    /**
     * The form as the plans' deadline rules name it ({@code form: first-report}), so a document can be matched to
     * the act a rule asks for; null for the office's own registers.
     */
    public String planForm() {
        return planForm;
    }

    /** The short name a default file name starts with (首报, 续报, 通报…), from i18n key {@code report.file.ID}. */
    public String fileNameKey() {
        return "report.file." + id;
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
