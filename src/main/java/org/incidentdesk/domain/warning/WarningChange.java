package org.incidentdesk.domain.warning;

import java.time.Instant;

/**
 * One row of a warning's history: what happened ({@code kind}), the level before and after (either is null
 * where the step has none, e.g. no level before the issue), the reason given, and who did it when.
 */
public record WarningChange(long id, long warningId, String warningNumber, WarningChangeKind kind,
                            String fromLevelId, String toLevelId, String reason, String actor, Instant at) {
}
