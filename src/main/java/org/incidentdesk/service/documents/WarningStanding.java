package org.incidentdesk.service.documents;

import java.util.List;

/**
 * Where a stored warning stands for its notice: its number as people say it, whether it still awaits the
 * authority's approval (then no notice with a 文号 is issued), and the incidents it was issued for (the notice is a
 * dispatch on each of their timelines).
 */
public record WarningStanding(long warningId, String number, boolean awaitingApproval, List<Long> incidentIds) {
    public WarningStanding {
        incidentIds = List.copyOf(incidentIds);
    }
}
