package org.incidentdesk.service.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.event.DutyShiftsChanged;
import org.incidentdesk.domain.event.PersonDeleted;
import org.incidentdesk.domain.event.PersonSaved;
import org.incidentdesk.domain.event.UnitDeleted;
import org.incidentdesk.domain.event.UnitSaved;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.ContactRules;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.ShiftRules;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.domain.roster.UnitRules;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * Use cases of the contact roster. Each call is one transaction; each change is stamped with who made it,
 * written to the audit log and announced, once committed, with a {@link org.incidentdesk.domain.event.RosterEvent}. Thread-safe; never call it on the
 * JavaFX thread.
 */
public final class RosterService {
    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;

    public RosterService(Store store, Clock clock, ActorSource actors, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
    }

    public Roster load() {
        return store.inTransaction(s -> s.roster().load());
    }

    /** One person with their shifts, for a view that reloads only what an event names; empty when gone. */
    public Optional<PersonAndShifts> person(long id) {
        return store.inTransaction(s -> s.roster().person(id)
                .map(p -> new PersonAndShifts(p, s.roster().shiftsOf(id))));
    }

    /** Adds the person when {@code id} is null, otherwise updates them. Returns the stored person. */
    public Person savePerson(Person draft) {
        Access.require(actors, Permission.ROSTER_EDIT);
        Person person = ContactRules.normalized(draft);
        Person saved = store.inTransaction(s -> {
            List<Violation> problems = new ArrayList<>(ContactRules.check(person));
            checkUnitsExist(s, person, problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Stamp stamp = stamp();
            if (person.id() == null) {
                long id = s.roster().insertPerson(person, stamp);
                s.audit().append(stamp, "create", "person", id, FieldChange.set("name", person.name()));
                s.raise(new PersonSaved(events.origin(), id, true));
                return s.roster().person(id).orElseThrow();
            }
            s.roster().updatePerson(person, stamp);
            s.audit().append(stamp, "update", "person", person.id(), FieldChange.set("name", person.name()));
            s.raise(new PersonSaved(events.origin(), person.id(), false));
            return s.roster().person(person.id()).orElseThrow();
        });
        return saved;
    }

    private static void checkUnitsExist(StoreSession s, Person person, List<Violation> problems) {
        Set<Long> referred = new LinkedHashSet<>();
        referred.add(person.unitId());
        person.posts().forEach(post -> referred.add(post.unitId()));
        Set<Long> units = s.roster().existingUnitIds(referred);
        if (!units.contains(person.unitId())) {
            problems.add(Violation.of("unit", "validation.unknownUnit", person.unitId()));
        }
        for (Post post : person.posts()) {
            if (!units.contains(post.unitId())) {
                problems.add(Violation.of("posts", "validation.unknownUnit", post.unitId()));
            }
        }
    }

    /** Deletes the person and their duty shifts; the returned snapshot can {@link #restore} them. */
    public DeletedPerson deletePerson(Person person) {
        Access.require(actors, Permission.ROSTER_EDIT);
        DeletedPerson deleted = store.inTransaction(s -> {
            List<DutyShift> shifts = s.roster().shiftsOf(person.id());
            Set<Long> referred = DeletedPerson.unitIdsOf(person, shifts);
            Map<Long, String> unitNames = new LinkedHashMap<>();
            referred.forEach(id -> s.roster().unit(id).ifPresent(unit -> unitNames.put(id, unit.name())));
            s.roster().deletePerson(person.id(), person.version());
            Stamp stamp = stamp();
            s.audit().append(stamp, "delete", "person", person.id(), new FieldChange("name", person.name(), null));
            s.raise(new PersonDeleted(events.origin(), person.id()));
            return new DeletedPerson(person, shifts, unitNames);
        });
        return deleted;
    }

    /**
     * Undoes {@link #deletePerson}: the person comes back with the same id, posts and shifts. Refused, naming the
     * unit, when a unit they refer to was deleted in the meantime.
     */
    public void restore(DeletedPerson deleted) {
        Access.require(actors, Permission.ROSTER_EDIT);
        store.run(s -> {
            checkUnitsStillExist(s, deleted);
            Stamp stamp = stamp();
            s.roster().insertPerson(deleted.person(), stamp);
            for (DutyShift shift : deleted.shifts()) {
                s.roster().insertShift(shift, stamp);
            }
            s.audit().append(stamp, "restore", "person", deleted.person().id(),
                    FieldChange.set("name", deleted.person().name()));
            s.raise(new PersonSaved(events.origin(), deleted.person().id(), true));
        });
    }

    private static void checkUnitsStillExist(StoreSession s, DeletedPerson deleted) {
        Set<Long> units = s.roster().existingUnitIds(deleted.unitIds());
        List<Violation> problems = deleted.unitIds().stream()
                .filter(id -> !units.contains(id))
                .map(id -> Violation.of("unit", "validation.restoreUnitGone",
                        deleted.unitNames().getOrDefault(id, String.valueOf(id)), id))
                .toList();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * Adds the unit when {@code id} is null, otherwise updates it. Refused when its parent is the unit itself or
     * a unit below it ({@link Roster#descendantsOf}), which would make the command structure a loop.
     */
    public OrgUnit saveUnit(OrgUnit draft) {
        Access.require(actors, Permission.ROSTER_EDIT);
        OrgUnit unit = UnitRules.normalized(draft);
        OrgUnit saved = store.inTransaction(s -> {
            List<Violation> problems = new ArrayList<>(UnitRules.check(unit));
            Roster roster = new Roster(s.roster().units(), List.of(), List.of()); // the unit tree, not the people
            if (unit.name() != null && roster.unitNamed(unit.name()).filter(u -> !u.id().equals(unit.id())).isPresent()) {
                problems.add(Violation.of("unitName", "validation.duplicateUnit", unit.name()));
            }
            checkParent(roster, unit, problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Stamp stamp = stamp();
            long id;
            if (unit.id() == null) {
                id = s.roster().insertUnit(unit, stamp);
                s.audit().append(stamp, "create", "unit", id, FieldChange.set("name", unit.name()));
            } else {
                id = unit.id();
                s.roster().updateUnit(unit, stamp);
                s.audit().append(stamp, "update", "unit", id, FieldChange.set("name", unit.name()));
            }
            s.raise(new UnitSaved(events.origin(), id, unit.id() == null));
            return s.roster().unit(id).orElseThrow();
        });
        return saved;
    }

    private static void checkParent(Roster roster, OrgUnit unit, List<Violation> problems) {
        Long parentId = unit.parentId();
        if (parentId == null) {
            return;
        }
        Optional<OrgUnit> parent = roster.unit(parentId);
        if (parent.isEmpty()) {
            problems.add(Violation.of("parentUnit", "validation.unknownUnit", parentId));
        } else if (parentId.equals(unit.id())) {
            problems.add(Violation.of("parentUnit", "validation.parentIsSelf"));
        } else if (unit.id() != null && roster.descendantsOf(unit.id()).contains(parentId)) {
            problems.add(Violation.of("parentUnit", "validation.parentCycle", parent.get().name()));
        }
    }

    /** Deletes an empty unit; a unit that people, posts, shifts or sub-units still refer to is refused. */
    public void deleteUnit(OrgUnit unit) {
        Access.require(actors, Permission.ROSTER_EDIT);
        store.run(s -> {
            int references = s.roster().referencesTo(unit.id());
            if (references > 0) {
                throw new ValidationException(List.of(Violation.of("unit", "validation.unitInUse", unit.name(),
                        references)));
            }
            s.roster().deleteUnit(unit.id(), unit.version());
            s.audit().append(stamp(), "delete", "unit", unit.id(), new FieldChange("name", unit.name(), null));
            s.raise(new UnitDeleted(events.origin(), unit.id()));
        });
    }

    /** Adds a shift, or changes it when {@code shift.id()} is set (refused when another change came first). */
    public DutyShift saveShift(DutyShift shift) {
        Access.require(actors, Permission.ROSTER_EDIT);
        DutyShift saved = store.inTransaction(s -> {
            List<Violation> problems = new ArrayList<>(ShiftRules.check(shift));
            if (!s.roster().personExists(shift.personId())) {
                problems.add(Violation.of("person", "validation.required"));
            }
            if (s.roster().unit(shift.unitId()).isEmpty()) {
                problems.add(Violation.of("unit", "validation.unknownUnit", shift.unitId()));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Stamp stamp = stamp();
            long id;
            Set<Long> people = new LinkedHashSet<>(Set.of(shift.personId()));
            if (shift.id() == null) {
                id = s.roster().insertShift(shift, stamp);
                s.audit().append(stamp, "create", "dutyShift", id, FieldChange.set("startsAt", String.valueOf(shift.startsAt())),
                        FieldChange.set("endsAt", String.valueOf(shift.endsAt())));
            } else {
                id = shift.id();
                s.roster().shift(id).ifPresent(before -> people.add(before.personId()));
                s.roster().updateShift(shift, stamp);
                s.audit().append(stamp, "update", "dutyShift", id, FieldChange.set("startsAt", String.valueOf(shift.startsAt())),
                        FieldChange.set("endsAt", String.valueOf(shift.endsAt())));
            }
            s.raise(new DutyShiftsChanged(events.origin(), people));
            return s.roster().shift(id).orElseThrow();
        });
        return saved;
    }

    public DutyShift addShift(DutyShift shift) {
        Access.require(actors, Permission.ROSTER_EDIT);
        if (shift.id() != null) {
            throw new IllegalArgumentException("a new shift has no id: " + shift.id());
        }
        return saveShift(shift);
    }

    public void deleteShift(DutyShift shift) {
        Access.require(actors, Permission.ROSTER_EDIT);
        store.run(s -> {
            s.roster().deleteShift(shift.id(), shift.version());
            s.audit().append(stamp(), "delete", "dutyShift", shift.id(),
                    new FieldChange("startsAt", String.valueOf(shift.startsAt()), null),
                    new FieldChange("endsAt", String.valueOf(shift.endsAt()), null));
            s.raise(new DutyShiftsChanged(events.origin(), Set.of(shift.personId())));
        });
    }

    /**
     * Switches on the 24-hour duty of a response (plan 1 §四(一)): every unit's liaison gets a
     * {@link DutyKind#RESPONSE_24H} shift from {@code from} for 24 hours. A liaison whose response shift for
     * the unit already covers {@code from} gets no second one; units where that holds for every liaison are
     * listed as already on duty. Units without a liaison are listed in the result so the office can call them.
     */
    public ResponseDuty startResponseDuty(Instant from) {
        Access.require(actors, Permission.RESPONSE_DUTY);
        ResponseDuty result = store.inTransaction(s -> {
            Roster roster = s.roster().load();
            Stamp stamp = stamp();
            List<String> covered = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> alreadyOnDuty = new ArrayList<>();
            List<ResponseDuty.OnCall> onCall = new ArrayList<>();
            Set<Long> onDutyNow = new LinkedHashSet<>();
            for (OrgUnit unit : roster.units()) {
                if (unit.kind() == UnitKind.COMMAND) {
                    continue;
                }
                List<Person> liaisons = Liaisons.of(roster, unit);
                if (liaisons.isEmpty()) {
                    missing.add(unit.name());
                    continue;
                }
                onCall.addAll(Liaisons.onCall(roster, unit));
                List<Person> offDuty = liaisons.stream()
                        .filter(liaison -> !onResponseDuty(roster, unit.id(), liaison.id(), from)).toList();
                if (offDuty.isEmpty()) {
                    alreadyOnDuty.add(unit.name());
                    continue;
                }
                for (Person liaison : offDuty) {
                    s.roster().insertShift(new DutyShift(null, unit.id(), liaison.id(), from,
                            from.plus(Duration.ofHours(24)), DutyKind.RESPONSE_24H, null, 0), stamp);
                    onDutyNow.add(liaison.id());
                }
                covered.add(unit.name());
            }
            s.audit().append(stamp, "start", "responseDuty", null, FieldChange.set("units", String.valueOf(covered.size())));
            if (!onDutyNow.isEmpty()) {
                s.raise(new DutyShiftsChanged(events.origin(), onDutyNow));
            }
            return new ResponseDuty(covered, missing, alreadyOnDuty, onCall);
        });
        return result;
    }

    /**
     * Ends the 24-hour duty of a response at {@code at}: every response shift still running then ends at that
     * moment (one that began at that very moment is removed; shifts that have not started yet are left alone).
     * Returns how many shifts were ended.
     */
    public int endResponseDuty(Instant at) {
        Access.require(actors, Permission.RESPONSE_DUTY);
        int ended = store.inTransaction(s -> {
            Stamp stamp = stamp();
            List<DutyShift> running = s.roster().load().shifts().stream()
                    .filter(shift -> shift.kind() == DutyKind.RESPONSE_24H && shift.covers(at)).toList();
            for (DutyShift shift : running) {
                if (shift.startsAt().isBefore(at)) {
                    s.roster().updateShift(new DutyShift(shift.id(), shift.unitId(), shift.personId(), shift.startsAt(),
                            at, shift.kind(), shift.note(), shift.version()), stamp);
                } else {
                    s.roster().deleteShift(shift.id(), shift.version()); // began this very moment: nothing to keep
                }
            }
            s.audit().append(stamp, "end", "responseDuty", null, FieldChange.set("shifts", String.valueOf(running.size())));
            if (!running.isEmpty()) {
                s.raise(new DutyShiftsChanged(events.origin(),
                        running.stream().map(DutyShift::personId).collect(java.util.stream.Collectors.toSet())));
            }
            return running.size();
        });
        return ended;
    }

    private static boolean onResponseDuty(Roster roster, long unitId, long personId, Instant moment) {
        return roster.shifts().stream().anyMatch(shift -> shift.kind() == DutyKind.RESPONSE_24H
                && shift.unitId() == unitId && shift.personId() == personId && shift.covers(moment));
    }

    Stamp stamp() {
        return new Stamp(clock.instant(), actors.current());
    }
}
