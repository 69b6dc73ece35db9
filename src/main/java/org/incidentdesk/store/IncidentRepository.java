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

    /**
     * A new incident's columns, in the order {@link #insert} binds them: every column of its facts as
     * {@link #writeFacts} sets them, stamped as {@link RowStamps#created} stamps a row (see {@link FixedSql}).
     */
    private static final FixedSql INSERT = FixedSql.insert(INCIDENT, INCIDENT.NUMBER_YEAR, INCIDENT.NUMBER_SEQ,
            INCIDENT.TITLE, INCIDENT.CATEGORY_ID, INCIDENT.PHASE, INCIDENT.HAPPENED_AT, INCIDENT.HAPPENED_OFFSET,
            INCIDENT.DISCOVERED_AT, INCIDENT.DISCOVERED_OFFSET, INCIDENT.WHAT_WHEN, INCIDENT.WHAT_WHERE,
            INCIDENT.WHAT_WHO, INCIDENT.WHAT_WHAT, INCIDENT.WHAT_WHY, INCIDENT.WHAT_HOW, INCIDENT.WHAT_RESULT,
            INCIDENT.SOURCE, INCIDENT.FIRST_PUBLISHED_AT, INCIDENT.FIRST_PUBLISHED_OFFSET, INCIDENT.FIRST_MEDIUM,
            INCIDENT.FIRST_PLATFORM, INCIDENT.FIRST_ACCOUNT, INCIDENT.LINKS, INCIDENT.SPREAD, INCIDENT.TRUE_SITUATION,
            INCIDENT.BACKGROUND, INCIDENT.PLAN_ID, INCIDENT.PLAN_VERSION, INCIDENT.VERSION, INCIDENT.CREATED_AT,
            INCIDENT.CREATED_BY, INCIDENT.UPDATED_AT, INCIDENT.UPDATED_BY);

    /** Every incident, newest number first: the board's and every list's read (see {@link FixedSql#fetch}). */
    private static final FixedSql LIST = FixedSql.of(dsl -> dsl.select(INCIDENT.fields()).from(INCIDENT)
            .orderBy(INCIDENT.NUMBER_YEAR.desc(), INCIDENT.NUMBER_SEQ.desc()));

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
        SevenWs w = facts.sevenWs();
        return INSERT.insert(dsl, number.year(), number.sequence(), title, categoryId, IncidentPhase.RECEIVED.name(),
                happenedAt, Times.offsetSeconds(happenedAt), discoveredAt, Times.offsetSeconds(discoveredAt),
                w.when(), w.where(), w.who(), w.what(), w.why(), w.how(), w.result(), facts.source(),
                facts.firstPublishedAt(), Times.offsetSeconds(facts.firstPublishedAt()), facts.firstMedium(),
                facts.firstPlatform(), facts.firstAccount(), String.join(LINK_SEPARATOR, facts.links()),
                facts.spread(), facts.trueSituation(), facts.background(), planId, planVersion,
                RowStamps.FIRST_VERSION, stamp.time(), stamp.who(), stamp.time(), stamp.who());
    }

    public Optional<Incident> find(long id) {
        return dsl.selectFrom(INCIDENT).where(INCIDENT.ID.eq(id)).fetchOptional(r -> toIncident(Columns.of(r)));
    }

    public Optional<Incident> find(IncidentNumber number) {
        return dsl.selectFrom(INCIDENT)
                .where(INCIDENT.NUMBER_YEAR.eq(number.year()).and(INCIDENT.NUMBER_SEQ.eq(number.sequence())))
                .fetchOptional(r -> toIncident(Columns.of(r)));
    }

    /** Every incident, newest number first (the workstation's own reads: timers, reviews due, drills). */
    public List<Incident> list() {
        return LIST.fetch(dsl, INCIDENT, IncidentRepository::toIncident);
    }

    /** The incidents {@code scope} sees, newest number first. */
    public List<Incident> list(IncidentScope scope) {
        if (scope.all()) {
            return list();
        }
        return dsl.selectFrom(INCIDENT).where(IncidentScopes.on(INCIDENT.ID, scope))
                .orderBy(INCIDENT.NUMBER_YEAR.desc(), INCIDENT.NUMBER_SEQ.desc())
                .fetch(r -> toIncident(Columns.of(r)));
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
                .fetch(r -> toIncident(Columns.of(r)));
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
                .fetch(r -> toIncident(Columns.of(r)));
        return summaries(newest, INCIDENT_TASK.INCIDENT_ID.in(newestIds(limit, scope))
                .and(IncidentScopes.tasksOf(scope)));
    }

    /** One incident as {@link #summaries(IncidentScope)} gives it; empty when there is none or the scope hides it. */
    public Optional<IncidentSummary> summaryOf(long incidentId, IncidentScope scope) {
        return dsl.selectFrom(INCIDENT).where(INCIDENT.ID.eq(incidentId).and(IncidentScopes.on(INCIDENT.ID, scope)))
                .fetchOptional(r -> toIncident(Columns.of(r)))
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

    private static Incident toIncident(Columns r) {
        SevenWs sevenWs = new SevenWs(r.get(INCIDENT.WHAT_WHEN), r.get(INCIDENT.WHAT_WHERE),
                r.get(INCIDENT.WHAT_WHO), r.get(INCIDENT.WHAT_WHAT), r.get(INCIDENT.WHAT_WHY),
                r.get(INCIDENT.WHAT_HOW), r.get(INCIDENT.WHAT_RESULT));
        String links = r.get(INCIDENT.LINKS);
        IncidentFacts facts = new IncidentFacts(sevenWs, r.get(INCIDENT.SOURCE),
                Times.reported(r.get(INCIDENT.FIRST_PUBLISHED_AT), r.get(INCIDENT.FIRST_PUBLISHED_OFFSET)),
                r.get(INCIDENT.FIRST_MEDIUM), r.get(INCIDENT.FIRST_PLATFORM), r.get(INCIDENT.FIRST_ACCOUNT),
                links == null || links.isEmpty() ? List.of() : Arrays.asList(links.split(LINK_SEPARATOR)),
                r.get(INCIDENT.SPREAD), r.get(INCIDENT.TRUE_SITUATION), r.get(INCIDENT.BACKGROUND));
        return new Incident(r.get(INCIDENT.ID),
                new IncidentNumber(r.get(INCIDENT.NUMBER_YEAR), r.get(INCIDENT.NUMBER_SEQ)), r.get(INCIDENT.TITLE),
                r.get(INCIDENT.CATEGORY_ID), facts,
                Times.reported(r.get(INCIDENT.HAPPENED_AT), r.get(INCIDENT.HAPPENED_OFFSET)),
                Times.reported(r.get(INCIDENT.DISCOVERED_AT), r.get(INCIDENT.DISCOVERED_OFFSET)),
                IncidentPhase.valueOf(r.get(INCIDENT.PHASE)),
                level(r.get(INCIDENT.LEVEL_ID), r.get(INCIDENT.LEVEL_RANK), r.get(INCIDENT.LEVEL_NAME),
                        r.get(INCIDENT.LEVEL_COLOUR)),
                r.get(INCIDENT.PLAN_ID), r.get(INCIDENT.PLAN_VERSION), Times.instant(r.get(INCIDENT.CREATED_AT)),
                r.get(INCIDENT.CREATED_BY), Times.instant(r.get(INCIDENT.UPDATED_AT)), r.get(INCIDENT.UPDATED_BY),
                r.get(INCIDENT.VERSION), new SecrecyMark(Secrecy.valueOf(r.get(INCIDENT.SECRECY)),
                        r.get(INCIDENT.SECRECY_TERM)));
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
