package org.incidentdesk.domain.review;

import java.time.Instant;
import org.incidentdesk.domain.incident.IncidentNumber;

/**
 * One row of the review list: the reviewed incident (number, title, category, decided level id and label such as
 * "II 较大" — null when never decided —, when it was discovered), the review's state and drill mark, its figures.
 */
public record ReviewSummary(long incidentId, IncidentNumber number, String title, String categoryId,
                            String levelId, String levelLabel, Instant discoveredAt, ReviewState state,
                            boolean drill, ReviewFigures figures) {
}
