package org.incidentdesk.domain.event;

import java.util.List;
import org.incidentdesk.domain.warning.WarningChangeKind;

/** A warning changed ({@code kind}: issued, proposed, approved, adjusted, lifted); the incidents behind it are listed. */
public record WarningChanged(WorkstationId origin, long warningId, WarningChangeKind kind, List<Long> incidentIds)
        implements WarningEvent {
    public WarningChanged {
        incidentIds = List.copyOf(incidentIds);
    }
}
