package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.DUTY_SHIFT;
import static org.incidentdesk.store.generated.Tables.ORG_UNIT;
import static org.incidentdesk.store.generated.Tables.PERSON;
import static org.incidentdesk.store.generated.Tables.PERSON_POST;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.store.generated.tables.records.DutyShiftRecord;
import org.incidentdesk.store.generated.tables.records.OrgUnitRecord;
import org.incidentdesk.store.generated.tables.records.PersonRecord;
import org.jooq.DSLContext;

/** Units, people (with their posts) and duty shifts. Generated records never leave this class. */
public final class RosterRepository {
    private final DSLContext dsl;

    RosterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Roster load() {
        return new Roster(units(), people(), shifts());
    }

    public List<OrgUnit> units() {
        return dsl.selectFrom(ORG_UNIT).orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.ID).fetch(RosterRepository::toUnit);
    }

    public List<Person> people() {
        Map<Long, List<Post>> posts = new LinkedHashMap<>();
        dsl.selectFrom(PERSON_POST).orderBy(PERSON_POST.PERSON_ID, PERSON_POST.SORT_ORDER, PERSON_POST.ID)
                .forEach(r -> posts.computeIfAbsent(r.getPersonId(), k -> new ArrayList<>())
                        .add(new Post(r.getUnitId(), r.getTitle())));
        return dsl.selectFrom(PERSON).orderBy(PERSON.UNIT_ID, PERSON.ID)
                .fetch(r -> toPerson(r, posts.getOrDefault(r.getId(), List.of())));
    }

    /** One person with their posts, without loading the roster. */
    public Optional<Person> person(long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional()
                .map(r -> toPerson(r, dsl.selectFrom(PERSON_POST).where(PERSON_POST.PERSON_ID.eq(id))
                        .orderBy(PERSON_POST.SORT_ORDER, PERSON_POST.ID)
                        .fetch(p -> new Post(p.getUnitId(), p.getTitle()))));
    }

    public boolean personExists(long id) {
        return dsl.fetchExists(PERSON, PERSON.ID.eq(id));
    }

    /** One unit, without loading the roster. */
    public Optional<OrgUnit> unit(long id) {
        return dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id)).fetchOptional(RosterRepository::toUnit);
    }

    /** Which of {@code ids} name a unit that exists. */
    public Set<Long> existingUnitIds(Collection<Long> ids) {
        return Set.copyOf(dsl.select(ORG_UNIT.ID).from(ORG_UNIT).where(ORG_UNIT.ID.in(ids)).fetch(ORG_UNIT.ID));
    }

    /** One duty shift, without loading the roster. */
    public Optional<DutyShift> shift(long id) {
        return dsl.selectFrom(DUTY_SHIFT).where(DUTY_SHIFT.ID.eq(id)).fetchOptional(RosterRepository::toShift);
    }

    public List<DutyShift> shifts() {
        return dsl.selectFrom(DUTY_SHIFT).orderBy(DUTY_SHIFT.STARTS_AT, DUTY_SHIFT.ID).fetch(RosterRepository::toShift);
    }

    public int countUnits() {
        return dsl.fetchCount(ORG_UNIT);
    }

    // ---- units

    public long insertUnit(OrgUnit unit, Stamp stamp) {
        var insert = dsl.insertInto(ORG_UNIT)
                .set(ORG_UNIT.PARENT_ID, unit.parentId())
                .set(ORG_UNIT.KIND, unit.kind().name())
                .set(ORG_UNIT.NAME, unit.name())
                .set(ORG_UNIT.DUTIES, unit.duties())
                .set(ORG_UNIT.SORT_ORDER, unit.sortOrder())
                .set(ORG_UNIT.VERSION, 0)
                .set(ORG_UNIT.CREATED_AT, stamp.time())
                .set(ORG_UNIT.CREATED_BY, stamp.who())
                .set(ORG_UNIT.UPDATED_AT, stamp.time())
                .set(ORG_UNIT.UPDATED_BY, stamp.who());
        return insert.returning(ORG_UNIT.ID).fetchOne().getId();
    }

    public void updateUnit(OrgUnit unit, Stamp stamp) {
        int rows = dsl.update(ORG_UNIT)
                .set(ORG_UNIT.PARENT_ID, unit.parentId())
                .set(ORG_UNIT.KIND, unit.kind().name())
                .set(ORG_UNIT.NAME, unit.name())
                .set(ORG_UNIT.DUTIES, unit.duties())
                .set(ORG_UNIT.SORT_ORDER, unit.sortOrder())
                .set(ORG_UNIT.VERSION, unit.version() + 1)
                .set(ORG_UNIT.UPDATED_AT, stamp.time())
                .set(ORG_UNIT.UPDATED_BY, stamp.who())
                .where(ORG_UNIT.ID.eq(unit.id()).and(ORG_UNIT.VERSION.eq(unit.version())))
                .execute();
        requireOne(rows, "unit", unit.id());
    }

    public void deleteUnit(long id, int version) {
        int rows = dsl.deleteFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id).and(ORG_UNIT.VERSION.eq(version))).execute();
        requireOne(rows, "unit", id);
    }

    /** How many people, posts, shifts and sub-units still refer to the unit. */
    public int referencesTo(long unitId) {
        return dsl.fetchCount(PERSON, PERSON.UNIT_ID.eq(unitId))
                + dsl.fetchCount(PERSON_POST, PERSON_POST.UNIT_ID.eq(unitId))
                + dsl.fetchCount(DUTY_SHIFT, DUTY_SHIFT.UNIT_ID.eq(unitId))
                + dsl.fetchCount(ORG_UNIT, ORG_UNIT.PARENT_ID.eq(unitId));
    }

    // ---- people

    /** Inserts a person; keeps {@code person.id()} when it is set (restoring a deleted person). */
    public long insertPerson(Person person, Stamp stamp) {
        var insert = dsl.insertInto(PERSON)
                .set(PERSON.NAME, person.name())
                .set(PERSON.UNIT_ID, person.unitId())
                .set(PERSON.OFFICE_PHONE, person.officePhone())
                .set(PERSON.MOBILE, person.mobile())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.FAX, person.fax())
                .set(PERSON.NOTES, person.notes())
                .set(PERSON.VERSION, 0)
                .set(PERSON.CREATED_AT, stamp.time())
                .set(PERSON.CREATED_BY, stamp.who())
                .set(PERSON.UPDATED_AT, stamp.time())
                .set(PERSON.UPDATED_BY, stamp.who());
        long id = person.id() == null
                ? insert.returning(PERSON.ID).fetchOne().getId()
                : insertWithId(insert.set(PERSON.ID, person.id()), person.id());
        insertPosts(id, person.posts());
        return id;
    }

    private static long insertWithId(org.jooq.InsertSetMoreStep<?> insert, long id) {
        insert.execute();
        return id;
    }

    public void updatePerson(Person person, Stamp stamp) {
        int rows = dsl.update(PERSON)
                .set(PERSON.NAME, person.name())
                .set(PERSON.UNIT_ID, person.unitId())
                .set(PERSON.OFFICE_PHONE, person.officePhone())
                .set(PERSON.MOBILE, person.mobile())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.FAX, person.fax())
                .set(PERSON.NOTES, person.notes())
                .set(PERSON.VERSION, person.version() + 1)
                .set(PERSON.UPDATED_AT, stamp.time())
                .set(PERSON.UPDATED_BY, stamp.who())
                .where(PERSON.ID.eq(person.id()).and(PERSON.VERSION.eq(person.version())))
                .execute();
        requireOne(rows, "person", person.id());
        dsl.deleteFrom(PERSON_POST).where(PERSON_POST.PERSON_ID.eq(person.id())).execute();
        insertPosts(person.id(), person.posts());
    }

    private void insertPosts(long personId, List<Post> posts) {
        int order = 0;
        for (Post post : posts) {
            dsl.insertInto(PERSON_POST)
                    .set(PERSON_POST.PERSON_ID, personId)
                    .set(PERSON_POST.UNIT_ID, post.unitId())
                    .set(PERSON_POST.TITLE, post.title())
                    .set(PERSON_POST.SORT_ORDER, order++)
                    .execute();
        }
    }

    public void deletePerson(long id, int version) {
        int rows = dsl.deleteFrom(PERSON).where(PERSON.ID.eq(id).and(PERSON.VERSION.eq(version))).execute();
        requireOne(rows, "person", id);
    }

    // ---- duty shifts

    /** Inserts a shift; keeps {@code shift.id()} when it is set (restoring a deleted person's shifts). */
    public long insertShift(DutyShift shift, Stamp stamp) {
        var insert = dsl.insertInto(DUTY_SHIFT)
                .set(DUTY_SHIFT.UNIT_ID, shift.unitId())
                .set(DUTY_SHIFT.PERSON_ID, shift.personId())
                .set(DUTY_SHIFT.STARTS_AT, shift.startsAt().atOffset(ZoneOffset.UTC))
                .set(DUTY_SHIFT.ENDS_AT, shift.endsAt().atOffset(ZoneOffset.UTC))
                .set(DUTY_SHIFT.KIND, shift.kind().name())
                .set(DUTY_SHIFT.NOTE, shift.note())
                .set(DUTY_SHIFT.VERSION, 0)
                .set(DUTY_SHIFT.CREATED_AT, stamp.time())
                .set(DUTY_SHIFT.CREATED_BY, stamp.who())
                .set(DUTY_SHIFT.UPDATED_AT, stamp.time())
                .set(DUTY_SHIFT.UPDATED_BY, stamp.who());
        return shift.id() == null
                ? insert.returning(DUTY_SHIFT.ID).fetchOne().getId()
                : insertWithId(insert.set(DUTY_SHIFT.ID, shift.id()), shift.id());
    }

    public void deleteShift(long id, int version) {
        int rows = dsl.deleteFrom(DUTY_SHIFT).where(DUTY_SHIFT.ID.eq(id).and(DUTY_SHIFT.VERSION.eq(version)))
                .execute();
        requireOne(rows, "dutyShift", id);
    }

    public List<DutyShift> shiftsOf(long personId) {
        return dsl.selectFrom(DUTY_SHIFT).where(DUTY_SHIFT.PERSON_ID.eq(personId)).fetch(RosterRepository::toShift);
    }

    private static void requireOne(int rows, String entity, Object id) {
        if (rows != 1) {
            throw new StaleDataException(entity, id);
        }
    }

    private static Person toPerson(PersonRecord r, List<Post> posts) {
        return new Person(r.getId(), r.getName(), r.getUnitId(), r.getOfficePhone(), r.getMobile(), r.getEmail(),
                r.getFax(), r.getNotes(), posts, r.getVersion());
    }

    private static OrgUnit toUnit(OrgUnitRecord r) {
        return new OrgUnit(r.getId(), r.getParentId(), UnitKind.valueOf(r.getKind()), r.getName(), r.getDuties(),
                r.getSortOrder(), r.getVersion());
    }

    private static DutyShift toShift(DutyShiftRecord r) {
        return new DutyShift(r.getId(), r.getUnitId(), r.getPersonId(), r.getStartsAt().toInstant(),
                r.getEndsAt().toInstant(), DutyKind.valueOf(r.getKind()), r.getNote(), r.getVersion());
    }
}
