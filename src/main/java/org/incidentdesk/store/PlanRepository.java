package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.OFFICE_PLAN;
import static org.incidentdesk.store.generated.Tables.PLAN_VERSION;

import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.StoredPlanVersion;
import org.incidentdesk.store.generated.tables.records.OfficePlanRecord;
import org.incidentdesk.store.generated.tables.records.PlanVersionRecord;
import org.jooq.DSLContext;

/**
 * Office plans and their versions. A version row is written once and never changed; a plan row points at its
 * current version and carries the active mark. Generated records never leave this class.
 */
public final class PlanRepository {
    private final DSLContext dsl;

    PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<OfficePlan> list() {
        return dsl.selectFrom(OFFICE_PLAN).orderBy(OFFICE_PLAN.ID).fetch(PlanRepository::toPlan);
    }

    public Optional<OfficePlan> find(long planId) {
        return dsl.selectFrom(OFFICE_PLAN).where(OFFICE_PLAN.ID.eq(planId)).fetchOptional(PlanRepository::toPlan);
    }

    public Optional<OfficePlan> active() {
        return dsl.selectFrom(OFFICE_PLAN).where(OFFICE_PLAN.ACTIVE.isTrue()).fetchOptional(PlanRepository::toPlan);
    }

    /** Inserts a plan whose first version is 1 (insert that version next, in the same transaction). */
    public long insertPlan(String name, String templateId, Stamp stamp) {
        OfficePlanRecord row = new OfficePlanRecord();
        row.setName(name);
        row.setTemplateId(templateId);
        row.setActive(null);
        row.setCurrentVersion(1);
        return dsl.insertInto(OFFICE_PLAN).set(RowStamps.created(row, stamp))
                .returning(OFFICE_PLAN.ID).fetchOne().getId();
    }

    /** Writes version {@code number} of the plan: the serialised document in {@code content}. */
    public void insertVersion(long planId, int number, int schemaVersion, String content, Stamp stamp) {
        dsl.insertInto(PLAN_VERSION)
                .set(PLAN_VERSION.PLAN_ID, planId)
                .set(PLAN_VERSION.VERSION_NUMBER, number)
                .set(PLAN_VERSION.SCHEMA_VERSION, schemaVersion)
                .set(PLAN_VERSION.CONTENT, content)
                .set(PLAN_VERSION.CREATED_AT, stamp.time())
                .set(PLAN_VERSION.CREATED_BY, stamp.who())
                .execute();
    }

    /**
     * Points the plan at a new current version (and name), provided nobody changed it since {@code plan} was
     * read; otherwise {@link StaleDataException}.
     */
    public void advance(OfficePlan plan, String name, int currentVersion, Stamp stamp) {
        OfficePlanRecord row = new OfficePlanRecord();
        row.setName(name);
        row.setCurrentVersion(currentVersion);
        RowStamps.update(dsl, row, OFFICE_PLAN.ID.eq(plan.id()), plan.version(), stamp, "plan", plan.id());
    }

    /** Makes {@code planId} the one active plan: the mark is taken from the old holder first. */
    public void activate(long planId, Stamp stamp) {
        OfficePlanRecord inactive = dsl.newRecord(OFFICE_PLAN);
        inactive.setActive(null);
        RowStamps.touch(dsl, inactive, OFFICE_PLAN.ACTIVE.isTrue().and(OFFICE_PLAN.ID.ne(planId)), stamp);
        OfficePlanRecord active = dsl.newRecord(OFFICE_PLAN);
        active.setActive(true);
        RowStamps.touch(dsl, active, OFFICE_PLAN.ID.eq(planId).and(OFFICE_PLAN.ACTIVE.isNull()), stamp);
    }

    public Optional<StoredPlanVersion> version(long planId, int number) {
        return dsl.selectFrom(PLAN_VERSION)
                .where(PLAN_VERSION.PLAN_ID.eq(planId).and(PLAN_VERSION.VERSION_NUMBER.eq(number)))
                .fetchOptional(PlanRepository::toVersion);
    }

    /** Every version of the plan, oldest first. */
    public List<StoredPlanVersion> versions(long planId) {
        return dsl.selectFrom(PLAN_VERSION).where(PLAN_VERSION.PLAN_ID.eq(planId))
                .orderBy(PLAN_VERSION.VERSION_NUMBER).fetch(PlanRepository::toVersion);
    }

    private static OfficePlan toPlan(OfficePlanRecord r) {
        return new OfficePlan(r.getId(), r.getName(), r.getTemplateId(), Boolean.TRUE.equals(r.getActive()),
                r.getCurrentVersion(), r.getVersion(), r.getCreatedAt().toInstant(), r.getCreatedBy(),
                r.getUpdatedAt().toInstant(), r.getUpdatedBy());
    }

    private static StoredPlanVersion toVersion(PlanVersionRecord r) {
        return new StoredPlanVersion(r.getPlanId(), r.getVersionNumber(), r.getSchemaVersion(), r.getContent(),
                r.getCreatedAt().toInstant(), r.getCreatedBy());
    }
}
