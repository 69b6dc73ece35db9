package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.INCIDENT;
import static org.incidentdesk.store.generated.Tables.INCIDENT_TASK;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.IncidentSummary;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.security.IncidentScope;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.domain.security.SecrecyMark;
import org.incidentdesk.store.generated.tables.records.IncidentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Incidents and their yearly numbers. Generated records never leave this class. */
public final class IncidentRepository {
    /** Links are kept one per line. */
    private static final String LINK_SEPARATOR = "\n";

    private final DSLContext dsl;

    IncidentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The next number of {@code year}, taken in this transaction (a rollback gives it back). */
    public IncidentNumber allocateNumber(int year) {
        return new IncidentNumber(year, new NumberSeries(dsl).take(NumberSeries.Series.INCIDENTS, year));
    }

    public long insert(IncidentNumber number, String title, String categoryId, IncidentFacts facts,
                       OffsetDateTime happenedAt, OffsetDateTime discoveredAt, long planId,
                       int planVersion, Stamp stamp) {
        IncidentRecord r = dsl.newRecord(INCIDENT);
        r.setNumberYear(number.year());
        r.setNumberSeq(number.sequence());
        r.setTitle(title);
        r.setCategoryId(categoryId);
        r.setPhase(IncidentPhase.RECEIVED.name());
        r.setHappenedAt(happenedAt);
        r.setHappenedOffset(Times.offsetSeconds(happenedAt));
        r.setDiscoveredAt(discoveredAt);
        r.setDiscoveredOffset(Times.offsetSeconds(discoveredAt));
        writeFacts(r, facts);
        r.setPlanId(planId);
        r.setPlanVersion(planVersion);
        RowStamps.created(r, stamp);
        return GeneratedId.insert(dsl, dsl.insertInto(INCIDENT).set(r), null);
    }

    public Optional<Incident> find(long id) {
        return dsl.selectFrom(INCIDENT).where(INCIDENT.ID.eq(id)).fetchOptional(IncidentRepository::toIncident);
    }

    public Optional<Incident> find(IncidentNumber number) {
        return dsl.selectFrom(INCIDENT)
                .where(INCIDENT.NUMBER_YEAR.eq(number.year()).and(INCIDENT.NUMBER_SEQ.eq(number.sequence())))
                .fetchOptional(IncidentRepository::toIncident);
    }

    /** Every incident, newest number first (the workstation's own reads: timers, reviews due, drills). */
    public List<Incident> list() {
        return list(IncidentScope.everyIncident());
    }

    /** The incidents {@code scope} sees, newest number first. */
    public List<Incident> list(IncidentScope scope) {
        return dsl.selectFrom(INCIDENT).where(IncidentScopes.on(INCIDENT.ID, scope))
                .orderBy(INCIDENT.NUMBER_YEAR.desc(), INCIDENT.NUMBER_SEQ.desc())
                .fetch(IncidentRepository::toIncident);
    }

    /** Whether {@code scope} sees the incident (false also when there is none). */
    public boolean sees(long incidentId, IncidentScope scope) {
        return dsl.fetchExists(dsl.selectOne().from(INCIDENT)
                .where(INCIDENT.ID.eq(incidentId).and(IncidentScopes.on(INCIDENT.ID, scope))));
    }

    /** Every incident that has a review and {@code scope} sees, newest number first. */
    public List<Incident> reviewed(IncidentScope scope) {
        return dsl.selectFrom(INCIDENT).where(INCIDENT.ID.in(ReviewRepository.reviewedIds()))
                .and(IncidentScopes.on(INCIDENT.ID, scope))
                .orderBy(INCIDENT.NUMBER_YEAR.desc(), INCIDENT.NUMBER_SEQ.desc())
                .fetch(IncidentRepository::toIncident);
    }

    /**
     * The incidents {@code scope} sees, each with its open tasks' units (those of the scope's unit only, for a unit
     * scope) and earliest due time, newest number first.
     */
    public List<IncidentSummary> summaries(IncidentScope scope) {
        return summaries(list(scope), IncidentScopes.tasksOf(scope));
    }

    /** The newest {@code limit} incidents {@code scope} sees, as {@link #summaries(IncidentScope)}. */
    public List<IncidentSummary> summaries(int limit, IncidentScope scope) {
        List<Incident> newest = dsl.selectFrom(INCIDENT).where(IncidentScopes.on(INCIDENT.ID, scope))
                .orderBy(INCIDENT.NUMBER_YEAR.desc(), INCIDENT.NUMBER_SEQ.desc()).limit(limit)
                .fetch(IncidentRepository::toIncident);
        return summaries(newest, INCIDENT_TASK.INCIDENT_ID.in(newestIds(limit, scope))
                .and(IncidentScopes.tasksOf(scope)));
    }

    /** One incident as {@link #summaries(IncidentScope)} gives it; empty when there is none or the scope hides it. */
    public Optional<IncidentSummary> summaryOf(long incidentId, IncidentScope scope) {
        return dsl.selectFrom(INCIDENT).where(INCIDENT.ID.eq(incidentId).and(IncidentScopes.on(INCIDENT.ID, scope)))
                .fetchOptional(IncidentRepository::toIncident)
                .map(incident -> summaries(List.of(incident), INCIDENT_TASK.INCIDENT_ID.eq(incidentId)
                        .and(IncidentScopes.tasksOf(scope))).getFirst());
    }

    /**
     * The ids of the newest {@code limit} incidents by number that {@code scope} sees, as a subquery (cheaper than
     * binding a list).
     */
    static Select<Record1<Long>> newestIds(int limit, IncidentScope scope) {
        return DSL.select(INCIDENT.ID).from(INCIDENT).where(IncidentScopes.on(INCIDENT.ID, scope))
                .orderBy(INCIDENT.NUMBER_YEAR.desc(), INCIDENT.NUMBER_SEQ.desc()).limit(limit);
    }

    private List<IncidentSummary> summaries(List<Incident> incidents, Condition tasksOf) {
        Map<Long, OpenTasks> open = new HashMap<>();
        dsl.select(INCIDENT_TASK.INCIDENT_ID, INCIDENT_TASK.UNIT_NAME, INCIDENT_TASK.DUE_AT)
                .from(INCIDENT_TASK)
                .where(INCIDENT_TASK.STATUS.in(TaskStatus.OPEN.name(), TaskStatus.IN_PROGRESS.name()).and(tasksOf))
                .forEach(r -> open.computeIfAbsent(r.value1(), k -> new OpenTasks())
                        .add(r.value2(), Times.instant(r.value3())));
        List<IncidentSummary> summaries = new ArrayList<>();
        for (Incident incident : incidents) {
            OpenTasks tasks = open.getOrDefault(incident.id(), OpenTasks.NONE);
            summaries.add(new IncidentSummary(incident, List.copyOf(tasks.units), tasks.nextDue, tasks.count));
        }
        return summaries;
    }

    /** Moves the incident to {@code phase}, provided nobody changed it since it was read. */
    public void updatePhase(Incident incident, IncidentPhase phase, Stamp stamp) {
        IncidentRecord r = dsl.newRecord(INCIDENT);
        r.setPhase(phase.name());
        guarded(incident, r, stamp);
    }

    public void updateLevel(Incident incident, LevelMark level, Stamp stamp) {
        IncidentRecord r = dsl.newRecord(INCIDENT);
        r.setLevelId(level.id());
        r.setLevelRank(level.rank());
        r.setLevelName(level.name());
        r.setLevelColour(colour(level.colour()));
        guarded(incident, r, stamp);
    }

    public void updateFacts(Incident incident, String title, IncidentFacts facts, OffsetDateTime happenedAt,
                            Stamp stamp) {
        IncidentRecord r = dsl.newRecord(INCIDENT);
        writeFacts(r, facts);
        r.setTitle(title);
        r.setHappenedAt(happenedAt);
        r.setHappenedOffset(Times.offsetSeconds(happenedAt));
        guarded(incident, r, stamp);
    }

    /** Sets the incident's secrecy mark (密级 and 保密期限). */
    public void updateSecrecy(Incident incident, SecrecyMark mark, Stamp stamp) {
        IncidentRecord r = dsl.newRecord(INCIDENT);
        r.setSecrecy(mark.level().name());
        r.setSecrecyTerm(mark.term());
        guarded(incident, r, stamp);
    }

    /**
     * Marks the incident changed (next version, who/when) when one of its child rows changed. Not guarded: two
     * people adding notes at once both succeed, while an edit of the incident's own columns read before
     * either is refused as stale.
     */
    public void touch(long incidentId, Stamp stamp) {
        RowStamps.touch(dsl, dsl.newRecord(INCIDENT), INCIDENT.ID.eq(incidentId), stamp);
    }

    /** Writes the columns set on {@code changes}, provided nobody changed the incident since it was read. */
    private void guarded(Incident incident, IncidentRecord changes, Stamp stamp) {
        RowStamps.update(dsl, changes, INCIDENT.ID.eq(incident.id()), incident.version(), stamp, "incident",
                incident.number());
    }

    private static void writeFacts(IncidentRecord r, IncidentFacts facts) {
        SevenWs w = facts.sevenWs();
        r.setWhatWhen(w.when());
        r.setWhatWhere(w.where());
        r.setWhatWho(w.who());
        r.setWhatWhat(w.what());
        r.setWhatWhy(w.why());
        r.setWhatHow(w.how());
        r.setWhatResult(w.result());
        r.setSource(facts.source());
        r.setFirstPublishedAt(facts.firstPublishedAt());
        r.setFirstPublishedOffset(Times.offsetSeconds(facts.firstPublishedAt()));
        r.setFirstMedium(facts.firstMedium());
        r.setFirstPlatform(facts.firstPlatform());
        r.setFirstAccount(facts.firstAccount());
        r.setLinks(String.join(LINK_SEPARATOR, facts.links()));
        r.setSpread(facts.spread());
        r.setTrueSituation(facts.trueSituation());
        r.setBackground(facts.background());
    }

    static String colour(WarningColour colour) {
        return colour == null ? null : colour.name();
    }

    static LevelMark level(String id, Integer rank, String name, String colour) {
        return id == null ? null : new LevelMark(id, rank, name, colour == null ? null : WarningColour.valueOf(colour));
    }

    private static Incident toIncident(IncidentRecord r) {
        SevenWs sevenWs = new SevenWs(r.getWhatWhen(), r.getWhatWhere(), r.getWhatWho(), r.getWhatWhat(),
                r.getWhatWhy(), r.getWhatHow(), r.getWhatResult());
        String links = r.getLinks();
        IncidentFacts facts = new IncidentFacts(sevenWs, r.getSource(),
                Times.reported(r.getFirstPublishedAt(), r.getFirstPublishedOffset()), r.getFirstMedium(),
                r.getFirstPlatform(), r.getFirstAccount(),
                links == null || links.isEmpty() ? List.of() : Arrays.asList(links.split(LINK_SEPARATOR)),
                r.getSpread(), r.getTrueSituation(), r.getBackground());
        return new Incident(r.getId(), new IncidentNumber(r.getNumberYear(), r.getNumberSeq()), r.getTitle(),
                r.getCategoryId(), facts, Times.reported(r.getHappenedAt(), r.getHappenedOffset()),
                Times.reported(r.getDiscoveredAt(), r.getDiscoveredOffset()), IncidentPhase.valueOf(r.getPhase()),
                level(r.getLevelId(), r.getLevelRank(), r.getLevelName(), r.getLevelColour()), r.getPlanId(),
                r.getPlanVersion(), Times.instant(r.getCreatedAt()), r.getCreatedBy(),
                Times.instant(r.getUpdatedAt()), r.getUpdatedBy(), r.getVersion(),
                new SecrecyMark(Secrecy.valueOf(r.getSecrecy()), r.getSecrecyTerm()));
    }

    private static final class OpenTasks {
        static final OpenTasks NONE = new OpenTasks();
        final Set<String> units = new LinkedHashSet<>();
        Instant nextDue;
        int count;

        void add(String unit, Instant due) {
            units.add(unit);
            count++;
            if (due != null && (nextDue == null || due.isBefore(nextDue))) {
                nextDue = due;
            }
        }
    }
}
