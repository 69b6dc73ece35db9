package org.incidentdesk.report.forms;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A warning notice (预警通知) with the elements 突发事件应对法 art. 64 requires: category, level, start time,
 * possible scope, warning items, measures, issuer and time of issue; for an adjustment the level before, for a
 * lifting the reason. {@code level} names the level with its number (黄色（III 级）); {@code decidedBy} is the post
 * in whose authority the warning was issued (指挥长), which the notice names as the one that decided. The warnings
 * service fills it from a stored warning; null values print as blanks.
 */
public record WarningNoticeData(Action action, String category, String level, String previousLevel,
                                String situation, LocalDateTime startsAt, String scope, List<String> warnings,
                                List<String> measures, String reason, LocalDateTime issuedAt, String contact,
                                String decidedBy) {
    public enum Action {
        ISSUE, ADJUST, LIFT
    }

    public WarningNoticeData {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
