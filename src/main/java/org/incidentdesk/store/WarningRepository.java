package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.EXPERT_OPINION;
import static org.incidentdesk.store.generated.Tables.WARNING;
import static org.incidentdesk.store.generated.Tables.WARNING_CHANGE;
import static org.incidentdesk.store.generated.Tables.WARNING_INCIDENT;
import static org.incidentdesk.store.generated.Tables.WARNING_NOTICE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.warning.ExpertOpinion;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.store.generated.tables.records.WarningChangeRecord;
import org.incidentdesk.store.generated.tables.records.WarningNoticeRecord;
import org.incidentdesk.store.generated.tables.records.WarningRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Warnings with the incidents behind them, their history (only appended), the units notified and the expert
 * opinions of assessments. A warning's number is "year-Y" and its running number ("2026-Y003").
 */
public final class WarningRepository {
    /** Warning items and measures are kept one per line. */
    private static final String LINE = "\n";

    private final DSLContext dsl;

    WarningRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The number as people say it: "2026-Y003". */
    public static String number(int year, int sequence) {
        return year + "-Y" + String.format("%03d", sequence);
    }

    /** The next running number of {@code year}, taken in this transaction (a rollback gives it back). */
    public int allocateNumber(int year) {
        return new NumberSeries(dsl).take(NumberSeries.Series.WARNINGS, year);
    }

    /** What a new warning row holds besides its number and stamps. */
    public record NewWarning(long planId, int planVersion, String categoryId, LevelMark level, WarningStatus status,
                             OffsetDateTime startsAt, String scope, List<String> items, List<String> measures,
                             String issuerRole, List<Long> incidentIds) {
    }

    public long insert(int year, int sequence, NewWarning w, Stamp stamp) {
        WarningRecord r = dsl.newRecord(WARNING);
        r.setNumberYear(year);
        r.setNumberSeq(sequence);
        r.setPlanId(w.planId());
        r.setPlanVersion(w.planVersion());
        r.setCategoryId(w.categoryId());
        setLevel(r, w.level());
        r.setStatus(w.status().name());
        r.setStartsAt(w.startsAt());
        r.setStartsOffset(Times.offsetSeconds(w.startsAt()));
        r.setScope(w.scope());
        r.setItems(String.join(LINE, w.items()));
        r.setMeasures(String.join(LINE, w.measures()));
        r.setIssuerRole(w.issuerRole());
        r.setIssuedBy(stamp.who());
        r.setIssuedAt(stamp.time());
        RowStamps.created(r, stamp).store();
        for (Long incidentId : w.incidentIds()) {
            dsl.insertInto(WARNING_INCIDENT)
                    .set(WARNING_INCIDENT.WARNING_ID, r.getId())
                    .set(WARNING_INCIDENT.INCIDENT_ID, incidentId)
                    .execute();
        }
        return r.getId();
    }

    private static void setLevel(WarningRecord r, LevelMark level) {
        r.setLevelId(level.id());
        r.setLevelRank(level.rank());
        r.setLevelName(level.name());
        r.setLevelColour(IncidentRepository.colour(level.colour()));
    }

    /**
     * A new level (and the fields an adjustment may change), now under the authority of {@code issuerRole}; refused
     * as stale when the row moved on.
     */
    public void adjust(Warning warning, LevelMark level, String scope, List<String> items, List<String> measures,
                       OffsetDateTime startsAt, String issuerRole, Stamp stamp) {
        WarningRecord r = load(warning);
        setLevel(r, level);
        r.setIssuerRole(issuerRole);
        r.setScope(scope);
        r.setItems(String.join(LINE, items));
        r.setMeasures(String.join(LINE, measures));
        r.setStartsAt(startsAt);
        r.setStartsOffset(Times.offsetSeconds(startsAt));
        save(r, warning, stamp);
    }

    /** Approval: the warning comes into force, issued by the approving post now. */
    public void approve(Warning warning, String issuerRole, Stamp stamp) {
        WarningRecord r = load(warning);
        r.setStatus(WarningStatus.ACTIVE.name());
        r.setIssuerRole(issuerRole);
        r.setIssuedBy(stamp.who());
        r.setIssuedAt(stamp.time());
        save(r, warning, stamp);
    }

    public void lift(Warning warning, String reason, Stamp stamp) {
        WarningRecord r = load(warning);
        r.setStatus(WarningStatus.LIFTED.name());
        r.setLiftedAt(stamp.time());
        r.setLiftReason(reason);
        save(r, warning, stamp);
    }

    /** The row as read, to change; refused as stale when it changed since {@code warning} was read. */
    private WarningRecord load(Warning warning) {
        WarningRecord r = dsl.selectFrom(WARNING).where(WARNING.ID.eq(warning.id())).fetchOne();
        if (r == null || r.getVersion() != warning.version()) {
            throw RowStamps.stale(dsl, WARNING, WARNING.ID.eq(warning.id()), "warning", warning.number());
        }
        return r;
    }

    private void save(WarningRecord r, Warning warning, Stamp stamp) {
        RowStamps.update(dsl, r, WARNING.ID.eq(warning.id()), warning.version(), stamp, "warning", warning.number());
    }

    public Optional<Warning> find(long id) {
        return select(WARNING.ID.eq(id)).stream().findFirst();
    }

    public Optional<Warning> find(int year, int sequence) {
        return select(WARNING.NUMBER_YEAR.eq(year).and(WARNING.NUMBER_SEQ.eq(sequence))).stream().findFirst();
    }

    /** Every warning, newest first. */
    public List<Warning> list() {
        return select(DSL.noCondition());
    }

    public List<Warning> withStatus(WarningStatus status) {
        return select(WARNING.STATUS.eq(status.name()));
    }

    /** The warnings an incident is behind, newest first. */
    public List<Warning> ofIncident(long incidentId) {
        return select(WARNING.ID.in(DSL.select(WARNING_INCIDENT.WARNING_ID).from(WARNING_INCIDENT)
                .where(WARNING_INCIDENT.INCIDENT_ID.eq(incidentId))));
    }

    private List<Warning> select(Condition condition) {
        List<WarningRecord> rows = dsl.selectFrom(WARNING).where(condition)
                .orderBy(WARNING.NUMBER_YEAR.desc(), WARNING.NUMBER_SEQ.desc()).fetch();
        Map<Long, List<Long>> incidents = incidentsOf(rows.stream().map(WarningRecord::getId).toList());
        return rows.stream().map(r -> toWarning(r, incidents.getOrDefault(r.getId(), List.of()))).toList();
    }

    private Map<Long, List<Long>> incidentsOf(Collection<Long> warningIds) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        if (warningIds.isEmpty()) {
            return result;
        }
        dsl.select(WARNING_INCIDENT.WARNING_ID, WARNING_INCIDENT.INCIDENT_ID).from(WARNING_INCIDENT)
                .where(WARNING_INCIDENT.WARNING_ID.in(warningIds))
                .orderBy(WARNING_INCIDENT.INCIDENT_ID)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return result;
    }

    private static Warning toWarning(WarningRecord r, List<Long> incidentIds) {
        return new Warning(r.getId(), number(r.getNumberYear(), r.getNumberSeq()), r.getPlanId(), r.getPlanVersion(),
                r.getCategoryId(), r.getLevelId(), r.getLevelRank(), WarningStatus.valueOf(r.getStatus()),
                Times.reported(r.getStartsAt(), r.getStartsOffset()), r.getScope(), lines(r.getItems()),
                lines(r.getMeasures()), r.getIssuerRole(), r.getIssuedBy(), Times.instant(r.getIssuedAt()),
                incidentIds, Times.instant(r.getLiftedAt()), r.getLiftReason(), r.getVersion());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(LINE));
    }

    // ---- history

    public long appendChange(long warningId, WarningChangeKind kind, String fromLevelId, String toLevelId,
                             String reason, Stamp stamp) {
        return dsl.insertInto(WARNING_CHANGE)
                .set(WARNING_CHANGE.WARNING_ID, warningId)
                .set(WARNING_CHANGE.KIND, kind.name())
                .set(WARNING_CHANGE.FROM_LEVEL_ID, fromLevelId)
                .set(WARNING_CHANGE.TO_LEVEL_ID, toLevelId)
                .set(WARNING_CHANGE.REASON, reason)
                .set(WARNING_CHANGE.ACTOR, stamp.who())
                .set(WARNING_CHANGE.CHANGED_AT, stamp.time())
                .returning(WARNING_CHANGE.ID).fetchOne().getId();
    }

    /** Every warning's history, oldest first. */
    public List<WarningChange> changes() {
        return changes(DSL.noCondition());
    }

    public List<WarningChange> changesOf(long warningId) {
        return changes(WARNING_CHANGE.WARNING_ID.eq(warningId));
    }

    /** The history of the warnings an incident is behind, oldest first. */
    public List<WarningChange> changesOfIncident(long incidentId) {
        return changes(WARNING_CHANGE.WARNING_ID.in(DSL.select(WARNING_INCIDENT.WARNING_ID).from(WARNING_INCIDENT)
                .where(WARNING_INCIDENT.INCIDENT_ID.eq(incidentId))));
    }

    private List<WarningChange> changes(Condition condition) {
        return dsl.select(WARNING_CHANGE.fields()).select(WARNING.NUMBER_YEAR, WARNING.NUMBER_SEQ)
                .from(WARNING_CHANGE).join(WARNING).on(WARNING.ID.eq(WARNING_CHANGE.WARNING_ID))
                .where(condition)
                .orderBy(WARNING_CHANGE.CHANGED_AT, WARNING_CHANGE.ID)
                .fetch(r -> {
                    WarningChangeRecord c = r.into(WARNING_CHANGE);
                    return new WarningChange(c.getId(), c.getWarningId(),
                            number(r.get(WARNING.NUMBER_YEAR), r.get(WARNING.NUMBER_SEQ)),
                            WarningChangeKind.valueOf(c.getKind()), c.getFromLevelId(), c.getToLevelId(),
                            c.getReason(), c.getActor(), Times.instant(c.getChangedAt()));
                });
    }

    // ---- notices

    public long insertNotice(long warningId, Long unitId, String unitName, String liaisonName, String phone) {
        return dsl.insertInto(WARNING_NOTICE)
                .set(WARNING_NOTICE.WARNING_ID, warningId)
                .set(WARNING_NOTICE.UNIT_ID, unitId)
                .set(WARNING_NOTICE.UNIT_NAME, unitName)
                .set(WARNING_NOTICE.LIAISON_NAME, liaisonName)
                .set(WARNING_NOTICE.PHONE, phone)
                .set(WARNING_NOTICE.VERSION, RowStamps.FIRST_VERSION)
                .returning(WARNING_NOTICE.ID).fetchOne().getId();
    }

    /** The units notified, in the order they were notified. */
    public List<UnitNotice> notices(long warningId) {
        return dsl.selectFrom(WARNING_NOTICE).where(WARNING_NOTICE.WARNING_ID.eq(warningId))
                .orderBy(WARNING_NOTICE.ID).fetch(WarningRepository::toNotice);
    }

    public Optional<UnitNotice> notice(long noticeId) {
        return dsl.selectFrom(WARNING_NOTICE).where(WARNING_NOTICE.ID.eq(noticeId))
                .fetchOptional(WarningRepository::toNotice);
    }

    /** Records receipt once; a notice acknowledged already is refused as stale. */
    public void acknowledge(long noticeId, String by, Stamp stamp) {
        WarningNoticeRecord changes = dsl.newRecord(WARNING_NOTICE);
        changes.setAcknowledgedAt(stamp.time());
        changes.setAcknowledgedBy(by);
        int rows = RowStamps.touch(dsl, changes,
                WARNING_NOTICE.ID.eq(noticeId).and(WARNING_NOTICE.ACKNOWLEDGED_AT.isNull()), stamp);
        if (rows != 1) {
            throw new StaleDataException("warningNotice", noticeId);
        }
    }

    private static UnitNotice toNotice(WarningNoticeRecord r) {
        return new UnitNotice(r.getId(), r.getWarningId(), r.getUnitId(), r.getUnitName(), r.getLiaisonName(),
                r.getPhone(), Times.instant(r.getAcknowledgedAt()), r.getAcknowledgedBy());
    }

    // ---- expert opinions

    public long insertOpinion(long incidentId, String expert, String judgement, String levelId, Stamp stamp) {
        return dsl.insertInto(EXPERT_OPINION)
                .set(EXPERT_OPINION.INCIDENT_ID, incidentId)
                .set(EXPERT_OPINION.EXPERT, expert)
                .set(EXPERT_OPINION.JUDGEMENT, judgement)
                .set(EXPERT_OPINION.LEVEL_ID, levelId)
                .set(EXPERT_OPINION.RECORDED_AT, stamp.time())
                .set(EXPERT_OPINION.RECORDED_BY, stamp.who())
                .returning(EXPERT_OPINION.ID).fetchOne().getId();
    }

    public List<ExpertOpinion> opinions(long incidentId) {
        return dsl.selectFrom(EXPERT_OPINION).where(EXPERT_OPINION.INCIDENT_ID.eq(incidentId))
                .orderBy(EXPERT_OPINION.RECORDED_AT, EXPERT_OPINION.ID)
                .fetch(r -> new ExpertOpinion(r.getId(), r.getIncidentId(), r.getExpert(), r.getJudgement(),
                        r.getLevelId(), Times.instant(r.getRecordedAt())));
    }
}
