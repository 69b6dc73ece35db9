package org.incidentdesk.domain.incident;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.incidentdesk.domain.security.SecrecyMark;

/**
 * One incident the office runs. {@code happenedAt} (may be unknown) and {@code discoveredAt} keep the offset
 * they were reported in, since deadlines count from either (R14). {@code level} is the decided level (null
 * until a person confirms or overrides an assessment). {@code planId}/{@code planVersion} name the plan
 * version the incident started under; it keeps that version when the plan changes. {@code secrecy} is its 密级
 * with 保密期限 (unmarked by default): the documents issued for it carry at least that mark.
 */
public record Incident(long id, IncidentNumber number, String title, String categoryId, IncidentFacts facts,
                       OffsetDateTime happenedAt, OffsetDateTime discoveredAt, IncidentPhase phase, LevelMark level,
                       long planId, int planVersion, Instant createdAt, String createdBy, Instant updatedAt,
                       String updatedBy, int version, SecrecyMark secrecy) {
    public Incident {
        facts = facts == null ? IncidentFacts.NONE : facts;
        secrecy = secrecy == null ? SecrecyMark.NONE : secrecy;
    }

    public boolean levelDecided() {
        return level != null;
    }

    /** Title, facts, for search. */
    public String searchText() {
        return title + "\n" + facts.searchText();
    }

}
