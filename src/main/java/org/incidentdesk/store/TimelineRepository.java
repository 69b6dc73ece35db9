package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT_TIMELINE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.security.IncidentScope;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.incident.TimelineKind;
import org.jooq.DSLContext;

/**
 * The 处置日志 of incidents: rows are only appended, each a typed fact (its record's name and fields) and, apart
 * from it, the text a person wrote. Write through {@code service.incident.IncidentRecorder}, which also touches
 * the incident, audits the change and raises its event.
 */
public final class TimelineRepository {
    /** One row a call, the columns in the order {@link #append} binds them. */
    private static final FixedSql APPEND = FixedSql.insert(INCIDENT_TIMELINE, INCIDENT_TIMELINE.INCIDENT_ID,
            INCIDENT_TIMELINE.KIND, INCIDENT_TIMELINE.FACT_TYPE, INCIDENT_TIMELINE.FACT_DATA,
            INCIDENT_TIMELINE.PERSON_TEXT, INCIDENT_TIMELINE.OCCURRED_AT, INCIDENT_TIMELINE.ACTOR);

    /** An incident's whole timeline, oldest first: read for every detail, review and form (see {@link FixedSql}). */
    private static final FixedSql OF_INCIDENT = FixedSql.of(dsl -> dsl.select(INCIDENT_TIMELINE.fields())
            .from(INCIDENT_TIMELINE)
            .where(INCIDENT_TIMELINE.INCIDENT_ID.eq(FixedSql.value(INCIDENT_TIMELINE.INCIDENT_ID)))
            .orderBy(INCIDENT_TIMELINE.OCCURRED_AT, INCIDENT_TIMELINE.ID));

    private final DSLContext dsl;

    TimelineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long append(long incidentId, TimelineFact fact, String personText, Stamp stamp) {
        return APPEND.insert(dsl, incidentId, fact.kind().name(), FactJson.typeOf(fact), FactJson.write(fact),
                personText, stamp.time(), stamp.who());
    }

    /** The incident's timeline, oldest first. */
    public List<TimelineEntry> forIncident(long incidentId) {
        return OF_INCIDENT.fetch(dsl, INCIDENT_TIMELINE, TimelineRepository::toEntry, incidentId);
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
                .orderBy(INCIDENT_TIMELINE.OCCURRED_AT, INCIDENT_TIMELINE.ID).fetch(r -> toEntry(Columns.of(r)));
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
                        .add(toEntry(Columns.of(r))));
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

    private static TimelineEntry toEntry(Columns r) {
        return new TimelineEntry(r.get(INCIDENT_TIMELINE.ID), r.get(INCIDENT_TIMELINE.INCIDENT_ID),
                Times.instant(r.get(INCIDENT_TIMELINE.OCCURRED_AT)), r.get(INCIDENT_TIMELINE.ACTOR),
                FactJson.readFact(r.get(INCIDENT_TIMELINE.FACT_TYPE), r.get(INCIDENT_TIMELINE.FACT_DATA)),
                r.get(INCIDENT_TIMELINE.PERSON_TEXT), r.get(INCIDENT_TIMELINE.MIGRATED));
    }
}
