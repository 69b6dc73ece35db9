package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_TIMELINE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.security.IncidentScope;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.store.generated.tables.records.IncidentTimelineRecord;
import org.jooq.DSLContext;

/**
 * The 处置日志 of incidents: rows are only appended, each a typed fact (its record's name and fields) and, apart
 * from it, the text a person wrote. Write through {@code service.incident.IncidentRecorder}, which also touches
 * the incident, audits the change and raises its event.
 */
public final class TimelineRepository {
    private final DSLContext dsl;

    TimelineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long append(long incidentId, TimelineFact fact, String personText, Stamp stamp) {
        return GeneratedId.insert(dsl, dsl.insertInto(INCIDENT_TIMELINE)
                .set(INCIDENT_TIMELINE.INCIDENT_ID, incidentId)
                .set(INCIDENT_TIMELINE.KIND, fact.kind().name())
                .set(INCIDENT_TIMELINE.FACT_TYPE, FactJson.typeOf(fact))
                .set(INCIDENT_TIMELINE.FACT_DATA, FactJson.write(fact))
                .set(INCIDENT_TIMELINE.PERSON_TEXT, personText)
                .set(INCIDENT_TIMELINE.OCCURRED_AT, stamp.time())
                .set(INCIDENT_TIMELINE.ACTOR, stamp.who()), "timeline.append");
    }

    /** The incident's timeline, oldest first. */
    public List<TimelineEntry> forIncident(long incidentId) {
        return dsl.selectFrom(INCIDENT_TIMELINE).where(INCIDENT_TIMELINE.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_TIMELINE.OCCURRED_AT, INCIDENT_TIMELINE.ID).fetch(TimelineRepository::toEntry);
    }

    /** Whether entry {@code entryId} is one of the incident's (one indexed look-up, nothing parsed). */
    public boolean holds(long incidentId, long entryId) {
        return dsl.fetchExists(INCIDENT_TIMELINE, INCIDENT_TIMELINE.ID.eq(entryId),
                INCIDENT_TIMELINE.INCIDENT_ID.eq(incidentId));
    }

    /** The incident's entries of one kind, oldest first. */
    public List<TimelineEntry> forIncident(long incidentId, TimelineKind kind) {
        return dsl.selectFrom(INCIDENT_TIMELINE)
                .where(INCIDENT_TIMELINE.INCIDENT_ID.eq(incidentId), INCIDENT_TIMELINE.KIND.eq(kind.name()))
                .orderBy(INCIDENT_TIMELINE.OCCURRED_AT, INCIDENT_TIMELINE.ID).fetch(TimelineRepository::toEntry);
    }

    /**
     * The entries of the given fact types (record names, e.g. {@code PhaseMoved}) of every reviewed incident, by
     * incident id, oldest first: one query, for the review list's figures.
     */
    public Map<Long, List<TimelineEntry>> ofReviewedIncidents(java.util.Collection<String> factTypes) {
        Map<Long, List<TimelineEntry>> byIncident = new HashMap<>();
        dsl.selectFrom(INCIDENT_TIMELINE)
                .where(INCIDENT_TIMELINE.INCIDENT_ID.in(ReviewRepository.reviewedIds()))
                .and(INCIDENT_TIMELINE.FACT_TYPE.in(factTypes))
                .orderBy(INCIDENT_TIMELINE.OCCURRED_AT, INCIDENT_TIMELINE.ID)
                .forEach(r -> byIncident.computeIfAbsent(r.getIncidentId(), k -> new java.util.ArrayList<>())
                        .add(toEntry(r)));
        return byIncident;
    }

    /**
     * The free notes of every incident {@code scope} sees (the person's words), joined per incident, for the board's
     * search.
     */
    public Map<Long, String> noteTexts(IncidentScope scope) {
        Map<Long, StringBuilder> notes = new HashMap<>();
        dsl.select(INCIDENT_TIMELINE.INCIDENT_ID, INCIDENT_TIMELINE.PERSON_TEXT).from(INCIDENT_TIMELINE)
                .where(INCIDENT_TIMELINE.KIND.eq(TimelineKind.NOTE.name()), INCIDENT_TIMELINE.PERSON_TEXT.isNotNull(),
                        IncidentScopes.on(INCIDENT_TIMELINE.INCIDENT_ID, scope))
                .forEach(r -> notes.computeIfAbsent(r.value1(), k -> new StringBuilder()).append(r.value2()).append('\n'));
        Map<Long, String> texts = new HashMap<>();
        notes.forEach((id, text) -> texts.put(id, text.toString()));
        return texts;
    }

    /** The free notes of one incident, joined, as {@link #noteTexts(IncidentScope)} gives them; empty without notes. */
    public String noteTextOf(long incidentId) {
        // by the incident alone, kind checked here: with the kind in the query H2 may walk the kind index (every
        // note of the office) instead of this incident's few rows
        StringBuilder notes = new StringBuilder();
        dsl.select(INCIDENT_TIMELINE.KIND, INCIDENT_TIMELINE.PERSON_TEXT).from(INCIDENT_TIMELINE)
                .where(INCIDENT_TIMELINE.INCIDENT_ID.eq(incidentId))
                .orderBy(INCIDENT_TIMELINE.ID)
                .forEach(r -> {
                    if (TimelineKind.NOTE.name().equals(r.value1()) && r.value2() != null) {
                        notes.append(r.value2()).append('\n');
                    }
                });
        return notes.toString();
    }

    private static TimelineEntry toEntry(IncidentTimelineRecord r) {
        return new TimelineEntry(r.getId(), r.getIncidentId(), Times.instant(r.getOccurredAt()), r.getActor(),
                FactJson.readFact(r.getFactType(), r.getFactData()), r.getPersonText(), r.getMigrated());
    }
}
