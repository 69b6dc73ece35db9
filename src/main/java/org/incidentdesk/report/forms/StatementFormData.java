package org.incidentdesk.report.forms;

import java.time.LocalDateTime;

/**
 * The agreed wording (统一口径) of an incident as it is printed as final: only a version a leader approved, with
 * who approved it and when. {@code revision} counts the statement's versions from 1.
 */
public record StatementFormData(String incidentTitle, String text, int revision, String approvedBy,
                                LocalDateTime approvedAt) {
}
