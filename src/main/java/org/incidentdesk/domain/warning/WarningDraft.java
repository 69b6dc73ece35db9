package org.incidentdesk.domain.warning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a person fills in to issue (or adjust) a warning. {@code categoryId} may be null: the first linked
 * incident's category is taken. {@code startsAt} may be null: the warning starts when it is issued.
 * {@code reason} is required when the level differs from the assessor's proposal or no criterion was met.
 */
public record WarningDraft(List<Long> incidentIds, String categoryId, String levelId, OffsetDateTime startsAt,
                           String scope, List<String> items, List<String> measures, String issuerRole,
                           String reason) {
    public WarningDraft {
        incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
        items = items == null ? List.of() : List.copyOf(items);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
