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
        return dsl.insertInto(ORG_UNIT).set(RowStamps.created(unitRow(unit), stamp))
                .returning(ORG_UNIT.ID).fetchOne().getId();
    }

    public void updateUnit(OrgUnit unit, Stamp stamp) {
        RowStamps.update(dsl, unitRow(unit), ORG_UNIT.ID.eq(unit.id()), unit.version(), stamp, "unit", unit.id());
    }

    public void deleteUnit(long id, int version) {
        RowStamps.delete(dsl, ORG_UNIT, ORG_UNIT.ID.eq(id), version, "unit", id);
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
        PersonRecord row = RowStamps.created(personRow(person), stamp);
        if (person.id() != null) {
            row.setId(person.id());
        }
        long id = dsl.insertInto(PERSON).set(row).returning(PERSON.ID).fetchOne().getId();
        insertPosts(id, person.posts());
        return id;
    }

    public void updatePerson(Person person, Stamp stamp) {
        RowStamps.update(dsl, personRow(person), PERSON.ID.eq(person.id()), person.version(), stamp, "person",
                person.id());
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
        RowStamps.delete(dsl, PERSON, PERSON.ID.eq(id), version, "person", id);
    }

    // ---- duty shifts

    /** Inserts a shift; keeps {@code shift.id()} when it is set (restoring a deleted person's shifts). */
    public long insertShift(DutyShift shift, Stamp stamp) {
        DutyShiftRecord row = RowStamps.created(shiftRow(shift), stamp);
        if (shift.id() != null) {
            row.setId(shift.id());
        }
        return dsl.insertInto(DUTY_SHIFT).set(row).returning(DUTY_SHIFT.ID).fetchOne().getId();
    }

    public void updateShift(DutyShift shift, Stamp stamp) {
        RowStamps.update(dsl, shiftRow(shift), DUTY_SHIFT.ID.eq(shift.id()), shift.version(), stamp, "dutyShift",
                shift.id());
    }

    public void deleteShift(long id, int version) {
        RowStamps.delete(dsl, DUTY_SHIFT, DUTY_SHIFT.ID.eq(id), version, "dutyShift", id);
    }

    public List<DutyShift> shiftsOf(long personId) {
        return dsl.selectFrom(DUTY_SHIFT).where(DUTY_SHIFT.PERSON_ID.eq(personId)).fetch(RosterRepository::toShift);
    }

    // ---- one mapper per table: the domain object's columns, for insert and update alike

    private static OrgUnitRecord unitRow(OrgUnit unit) {
        OrgUnitRecord row = new OrgUnitRecord();
        row.setParentId(unit.parentId());
        row.setKind(unit.kind().name());
        row.setName(unit.name());
        row.setDuties(unit.duties());
        row.setSortOrder(unit.sortOrder());
        return row;
    }

    private static PersonRecord personRow(Person person) {
        PersonRecord row = new PersonRecord();
        row.setName(person.name());
        row.setUnitId(person.unitId());
        row.setOfficePhone(person.officePhone());
        row.setMobile(person.mobile());
        row.setEmail(person.email());
        row.setFax(person.fax());
        row.setNotes(person.notes());
        return row;
    }

    private static DutyShiftRecord shiftRow(DutyShift shift) {
        DutyShiftRecord row = new DutyShiftRecord();
        row.setUnitId(shift.unitId());
        row.setPersonId(shift.personId());
        row.setStartsAt(shift.startsAt().atOffset(ZoneOffset.UTC));
        row.setEndsAt(shift.endsAt().atOffset(ZoneOffset.UTC));
        row.setKind(shift.kind().name());
        row.setNote(shift.note());
        return row;
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
