package org.incidentdesk.domain.incident;

import java.time.OffsetDateTime;

/**
 * A report taken (接报): title, category (an id of the active plan), when it was discovered (null: now), when
 * it happened (null: not known yet) and whatever facts are known. Quick entry fills only the first three.
 */
public record Intake(String title, String categoryId, OffsetDateTime discoveredAt, OffsetDateTime happenedAt,
                     IncidentFacts facts) {
    public Intake {
        title = Text.orEmpty(title);
        categoryId = Text.orEmpty(categoryId);
        facts = facts == null ? IncidentFacts.NONE : facts;
    }

    /** A call taken on the phone: title and category, discovered now; the rest later. */
    public static Intake quick(String title, String categoryId) {
        return new Intake(title, categoryId, null, null, IncidentFacts.NONE);
    }
}
