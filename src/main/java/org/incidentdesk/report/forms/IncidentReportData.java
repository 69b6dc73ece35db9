package org.incidentdesk.report.forms;

import java.time.LocalDateTime;

/**
 * A 舆情信息报告 (DOMAIN.md R15, R24): first report, numbered follow-up or final report. It holds R15's content
 * (basic content, first publication time, first medium, link, spread, the true situation, background and other
 * material; for major events trend, countermeasures and suggestions) and the seven Ws. The incident board fills
 * it from an incident; null values print as blanks to complete by hand.
 */
public record IncidentReportData(Stage stage, int sequence, String eventName, SevenWs facts, String basicContent,
                                 LocalDateTime firstPublishedAt, String firstMedium, String link, String spread,
                                 String trueSituation, String background, String otherMaterial, boolean major,
                                 String trend, String countermeasures, String suggestions, String measuresTaken,
                                 String progress, String outcome, String nextSteps, String reportingUnit,
                                 String contact, String phone, LocalDateTime reportedAt) {
    public enum Stage {
        FIRST, FOLLOW_UP, FINAL
    }

    public IncidentReportData {
        facts = facts == null ? SevenWs.unknown() : facts;
    }

    /** The report with the sender's 报送单位, 联系人 and 联系电话 where it has none of its own. */
    public IncidentReportData sentBy(String unit, String contactName, String contactPhone) {
        return new IncidentReportData(stage, sequence, eventName, facts, basicContent, firstPublishedAt, firstMedium,
                link, spread, trueSituation, background, otherMaterial, major, trend, countermeasures, suggestions,
                measuresTaken, progress, outcome, nextSteps, reportingUnit != null ? reportingUnit : unit,
                contact != null ? contact : contactName, phone != null ? phone : contactPhone, reportedAt);
    }
}
