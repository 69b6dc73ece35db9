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
}
