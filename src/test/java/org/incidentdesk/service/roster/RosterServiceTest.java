package org.incidentdesk.service.roster;

import org.incidentdesk.store.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.domain.event.PersonSaved;
import org.incidentdesk.domain.event.DomainEvent;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.ContactRules;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.StandardPosts;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RosterServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private Database database;
    private RosterService service;
    private Store store;
    private static final WorkstationId HERE = new WorkstationId("test-host", 42);
    private final List<DomainEvent> published = new ArrayList<>();
    private long command;
    private long police;

    @BeforeEach
    void open() {
        database = TestDatabase.open("roster-" + UUID.randomUUID());
        EventBus events = new EventBus(HERE);
        store = new Store(database, events::publish);
        events.subscribe(DomainEvent.class, published::add);
        service = new RosterService(store, Clock.fixed(NOW, ZoneOffset.UTC), () -> new Actor("tester"), events);
        command = service.saveUnit(new OrgUnit(null, null, UnitKind.COMMAND, "测试指挥部", null, 0, 0)).id();
        police = service.saveUnit(new OrgUnit(null, command, UnitKind.MEMBER_UNIT, "测试公安局", "打击网络犯罪", 1, 0)).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Person draft(String name, String mobile) {
        return new Person(null, name, police, null, mobile, null, null, null,
                List.of(new Post(police, StandardPosts.LIAISON), new Post(command, "成员")), 0);
    }

    @Test
    void savesAPersonWithPostsAndRecordsWhoDidIt() {
        Person saved = service.savePerson(draft(" 林晓舟 ", "138 0000 1234"));
        Roster roster = service.load();
        Person loaded = roster.person(saved.id()).orElseThrow();
        assertEquals("林晓舟", loaded.name());
        assertEquals("13800001234", loaded.mobile());
        assertEquals(List.of("林晓舟"), roster.holders(police, StandardPosts.LIAISON).stream().map(Person::name).toList());
        assertTrue(loaded.holds(command, "成员"));
        var audit = store.inTransaction(s -> s.audit().recent(1)).get(0);
        assertEquals("tester", audit.actor());
        assertEquals("create", audit.action());
        assertEquals(new PersonSaved(HERE, saved.id(), true), published.getLast(), "the units saved first, then the person");
    }

    @Test
    void refusesABadMobileNamingTheFieldAndWritesNothing() {
        ValidationException refused = assertThrows(ValidationException.class, () -> service.savePerson(draft("周明远", "12345")));
        assertEquals(List.of("mobile"), refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, service.load().people().size());
    }

    @Test
    void aStaleEditIsRefusedNotOverwritten() {
        Person saved = service.savePerson(draft("林晓舟", "13800001234"));
        Person firstEdit = new Person(saved.id(), "林晓舟", police, "0791-12345678", saved.mobile(), null, null, null,
                saved.posts(), saved.version());
        service.savePerson(firstEdit);
        Person staleEdit = new Person(saved.id(), "林晓舟（旧）", police, null, saved.mobile(), null, null, null,
                saved.posts(), saved.version());
        assertThrows(StaleDataException.class, () -> service.savePerson(staleEdit));
        assertEquals("0791-12345678", service.load().person(saved.id()).orElseThrow().officePhone());
    }

    @Test
    void deleteThenRestoreBringsBackPostsAndShifts() {
        Person saved = service.savePerson(draft("林晓舟", "13800001234"));
        service.addShift(new DutyShift(null, police, saved.id(), NOW, NOW.plus(Duration.ofHours(8)), DutyKind.REGULAR, null, 0));
        DeletedPerson deleted = service.deletePerson(service.load().person(saved.id()).orElseThrow());
        assertTrue(service.load().people().isEmpty());
        assertTrue(service.load().shifts().isEmpty(), "the person's shifts go with them");

        service.restore(deleted);
        Roster back = service.load();
        assertEquals(saved.id(), back.people().get(0).id());
        assertEquals(saved.posts(), back.people().get(0).posts());
        assertEquals(1, back.shifts().size());
    }

    @Test
    void undoingADeleteWhoseUnitsWereDeletedMeanwhileIsRefusedNamingTheUnits() {
        long bureau = service.saveUnit(new OrgUnit(null, command, UnitKind.MEMBER_UNIT, "测试保密局", null, 3, 0)).id();
        Person saved = service.savePerson(new Person(null, "林晓舟", police, null, null, null, null, null,
                List.of(new Post(bureau, StandardPosts.LIAISON)), 0));
        service.addShift(new DutyShift(null, bureau, saved.id(), NOW, NOW.plus(Duration.ofHours(8)), DutyKind.REGULAR,
                null, 0));
        DeletedPerson deleted = service.deletePerson(service.load().person(saved.id()).orElseThrow());
        service.deleteUnit(service.load().unit(bureau).orElseThrow());
        service.deleteUnit(service.load().unit(police).orElseThrow());

        ValidationException refused = assertThrows(ValidationException.class, () -> service.restore(deleted));

        assertEquals(List.of(
                Violation.of("unit", "validation.restoreUnitGone", "测试公安局", police),
                Violation.of("unit", "validation.restoreUnitGone", "测试保密局", bureau)), refused.violations());
        assertTrue(service.load().people().isEmpty());
    }

    @Test
    void aUnitStillInUseCannotBeDeleted() {
        service.savePerson(draft("林晓舟", "13800001234"));
        OrgUnit unit = service.load().unit(police).orElseThrow();
        ValidationException refused = assertThrows(ValidationException.class, () -> service.deleteUnit(unit));
        assertEquals("validation.unitInUse", refused.violations().get(0).messageKey());
        assertTrue(service.load().unit(police).isPresent());
    }

    @Test
    void unitNamesAreUnique() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.saveUnit(new OrgUnit(null, command, UnitKind.MEMBER_UNIT, "测试公安局", null, 2, 0)));
        assertEquals("unitName", refused.violations().get(0).field());
    }

    @Test
    void valuesLongerThanTheirColumnAreRefusedNamingTheFieldAndNothingIsWritten() {
        String longEmail = "a".repeat(201 - "@example.cn".length()) + "@example.cn";
        Person person = new Person(null, "林晓舟", police, null, null, longEmail, null, null, List.of(), 0);
        assertEquals(List.of(Violation.of("email", "validation.tooLong", 200)),
                assertThrows(ValidationException.class, () -> service.savePerson(person)).violations());

        OrgUnit unit = new OrgUnit(null, command, UnitKind.MEMBER_UNIT, "局".repeat(201), "责".repeat(20001), 2, 0);
        assertEquals(List.of(Violation.of("unitName", "validation.tooLong", 200), Violation.of("duties", "validation.tooLong", 20000)),
                assertThrows(ValidationException.class, () -> service.saveUnit(unit)).violations());

        Person saved = service.savePerson(draft("林晓舟", "13800001234"));
        DutyShift shift = new DutyShift(null, police, saved.id(), NOW, NOW.plus(Duration.ofHours(8)), DutyKind.REGULAR,
                "注".repeat(401), 0);
        assertEquals(List.of(Violation.of("note", "validation.tooLong", 400)),
                assertThrows(ValidationException.class, () -> service.addShift(shift)).violations());

        Roster roster = service.load();
        assertEquals(List.of(saved.id()), roster.people().stream().map(Person::id).toList());
        assertEquals(2, roster.units().size());
        assertTrue(roster.shifts().isEmpty());
    }

    @Test
    void aUnitCannotMoveBelowItselfSoTheStructureNeverLoops() {
        // command ── police ── team
        long team = service.saveUnit(new OrgUnit(null, police, UnitKind.WORKING_GROUP, "测试侦查组", null, 2, 0)).id();
        OrgUnit commandUnit = service.load().unit(command).orElseThrow();

        for (long below : List.of(police, team)) {
            OrgUnit moved = new OrgUnit(command, below, commandUnit.kind(), commandUnit.name(), null, 0,
                    commandUnit.version());
            ValidationException refused = assertThrows(ValidationException.class, () -> service.saveUnit(moved));
            String belowName = service.load().unit(below).orElseThrow().name();
            assertEquals(List.of(Violation.of("parentUnit", "validation.parentCycle", belowName)), refused.violations());
        }
        assertEquals(null, service.load().unit(command).orElseThrow().parentId());

        OrgUnit teamUnit = service.load().unit(team).orElseThrow();
        OrgUnit up = new OrgUnit(team, command, teamUnit.kind(), teamUnit.name(), null, 2, teamUnit.version());
        assertEquals(command, service.saveUnit(up).parentId(), "moving a unit up is fine");
    }

    @Test
    void aShiftMustEndAfterItStarts() {
        Person saved = service.savePerson(draft("林晓舟", "13800001234"));
        ValidationException refused = assertThrows(ValidationException.class, () -> service.addShift(
                new DutyShift(null, police, saved.id(), NOW, NOW, DutyKind.REGULAR, null, 0)));
        assertEquals("endsAt", refused.violations().get(0).field());
    }

    @Test
    void onDutyNowListsOnlyShiftsCoveringTheMoment() {
        Person a = service.savePerson(draft("林晓舟", "13800001234"));
        Person b = service.savePerson(draft("周明远", "13900001234"));
        service.addShift(new DutyShift(null, police, a.id(), NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)),
                DutyKind.REGULAR, null, 0));
        service.addShift(new DutyShift(null, police, b.id(), NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(9)),
                DutyKind.REGULAR, null, 0));
        List<DutyShift> now = service.load().onDutyAt(NOW);
        assertEquals(List.of(a.id()), now.stream().map(DutyShift::personId).toList());
        assertEquals(List.of(b.id()), service.load().onDutyAt(NOW.plus(Duration.ofHours(1))).stream()
                .map(DutyShift::personId).toList(), "a shift's end is exclusive, its start inclusive");
    }

    @Test
    void responseDutyPutsEveryLiaisonOnForTwentyFourHours() {
        Person liaison = service.savePerson(draft("林晓舟", "13800001234"));
        service.saveUnit(new OrgUnit(null, command, UnitKind.MEMBER_UNIT, "测试保密局", null, 3, 0));
        ResponseDuty duty = service.startResponseDuty(NOW);
        assertEquals(List.of("测试公安局"), duty.coveredUnits());
        assertEquals(List.of("测试保密局"), duty.unitsWithoutLiaison());
        DutyShift shift = service.load().shifts().get(0);
        assertEquals(liaison.id(), shift.personId());
        assertEquals(DutyKind.RESPONSE_24H, shift.kind());
        assertEquals(Duration.ofHours(24), Duration.between(shift.startsAt(), shift.endsAt()));
        assertFalse(service.load().onDutyAt(NOW.plus(Duration.ofHours(24))).stream().anyMatch(s -> s.kind() == DutyKind.RESPONSE_24H));
    }

    @Test
    void startingResponseDutyAgainAddsNoSecondShiftWhileTheFirstRuns() {
        Person liaison = service.savePerson(draft("林晓舟", "13800001234"));
        service.saveUnit(new OrgUnit(null, command, UnitKind.MEMBER_UNIT, "测试保密局", null, 3, 0));
        service.addShift(new DutyShift(null, police, liaison.id(), NOW, NOW.plus(Duration.ofHours(8)), DutyKind.REGULAR,
                null, 0));
        service.startResponseDuty(NOW);

        ResponseDuty again = service.startResponseDuty(NOW.plus(Duration.ofHours(23)));

        var onCall = List.of(new ResponseDuty.OnCall("测试公安局", "林晓舟", "13800001234", ""));
        assertEquals(new ResponseDuty(List.of(), List.of("测试保密局"), List.of("测试公安局"), onCall), again);
        assertEquals(1, responseShifts().size());

        ResponseDuty nextDay = service.startResponseDuty(NOW.plus(Duration.ofHours(24)));

        assertEquals(new ResponseDuty(List.of("测试公安局"), List.of("测试保密局"), List.of(), onCall), nextDay,
                "the first shift has ended (its end is exclusive)");
        assertEquals(2, responseShifts().size());
    }

    @Test
    void responseDutyNamesWhomToPhoneWithTheirNumbers() {
        Person liaison = service.savePerson(new Person(null, "林晓舟", police, "0791-12345678", "13800001234", null, null,
                null, List.of(new Post(police, StandardPosts.LIAISON)), 0));

        ResponseDuty duty = service.startResponseDuty(NOW);

        assertEquals(List.of(new ResponseDuty.OnCall("测试公安局", liaison.name(), "13800001234", "0791-12345678")),
                duty.onCall());
    }

    @Test
    void endingTheResponseDutyEndsOnlyTheRunningResponseShiftsAndIsAudited() {
        Person liaison = service.savePerson(draft("林晓舟", "13800001234"));
        service.addShift(new DutyShift(null, police, liaison.id(), NOW, NOW.plus(Duration.ofHours(30)), DutyKind.REGULAR,
                null, 0));
        service.startResponseDuty(NOW);
        Instant end = NOW.plus(Duration.ofHours(3));

        assertEquals(1, service.endResponseDuty(end));

        DutyShift ended = responseShifts().get(0);
        assertEquals(end, ended.endsAt());
        assertFalse(service.load().onDutyAt(end).stream().anyMatch(s -> s.kind() == DutyKind.RESPONSE_24H));
        assertTrue(service.load().onDutyAt(end).stream().anyMatch(s -> s.kind() == DutyKind.REGULAR),
                "a regular shift runs on");
        var audit = store.inTransaction(s -> s.audit().recent(1)).get(0);
        assertEquals("end", audit.action());
        assertEquals("responseDuty", audit.entity());
        assertEquals(0, service.endResponseDuty(end.plus(Duration.ofMinutes(1))), "nothing left to end");
    }

    @Test
    void aResponseDutyEndedTheMomentItBeganLeavesNoShift() {
        service.savePerson(draft("林晓舟", "13800001234"));
        service.startResponseDuty(NOW);

        assertEquals(1, service.endResponseDuty(NOW));

        assertEquals(List.of(), responseShifts());
    }

    @Test
    void aShiftIsChangedInPlaceAndAStaleChangeIsRefused() {
        Person liaison = service.savePerson(draft("林晓舟", "13800001234"));
        DutyShift added = service.addShift(new DutyShift(null, police, liaison.id(), NOW, NOW.plus(Duration.ofHours(8)),
                DutyKind.REGULAR, null, 0));
        DutyShift longer = new DutyShift(added.id(), police, liaison.id(), NOW, NOW.plus(Duration.ofHours(12)),
                DutyKind.REGULAR, "加班", added.version());

        DutyShift saved = service.saveShift(longer);

        assertEquals(1, service.load().shifts().size());
        assertEquals(NOW.plus(Duration.ofHours(12)), saved.endsAt());
        assertEquals("加班", saved.note());
        assertEquals("update", store.inTransaction(s -> s.audit().recent(1)).get(0).action());
        assertThrows(org.incidentdesk.domain.common.StaleDataException.class, () -> service.saveShift(longer));
    }

    private List<DutyShift> responseShifts() {
        return service.load().shifts().stream().filter(s -> s.kind() == DutyKind.RESPONSE_24H).toList();
    }

    @Test
    void demoOfficeSeedsOnceWithLeadAndLiaisonForEveryMemberUnit() {
        Database fresh = TestDatabase.open("demo-" + UUID.randomUUID());
        try {
            EventBus bus = new EventBus(HERE);
            Store freshStore = new Store(fresh, bus::publish);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            ActorSource tester = () -> new Actor("tester");
            DemoOffice demo = new DemoOffice(freshStore, clock, tester, ZoneId.of("Asia/Shanghai"));
            PlanService plans = new PlanService(freshStore, clock, tester, bus);
            assertTrue(demo.seedIfNew(plans));
            assertFalse(demo.seedIfNew(plans), "a second run leaves the office alone");
            assertEquals(DemoOffice.PLAN_NAME, plans.activePlan().orElseThrow().name(), "the demo plan is active");
            Roster roster = freshStore.inTransaction(s -> s.roster().load());
            List<OrgUnit> members = roster.units().stream().filter(u -> u.kind() == UnitKind.MEMBER_UNIT).toList();
            assertTrue(members.size() >= 12, "plan 1 lists twelve member units");
            for (OrgUnit unit : members) {
                assertFalse(roster.holders(unit.id(), StandardPosts.LIAISON).isEmpty() && !unit.name().equals("县委宣传部"),
                        unit.name() + " has a liaison");
            }
            for (Person person : roster.people()) {
                assertEquals(List.of(), ContactRules.check(person), person.name() + " passes the contact rules");
            }
            assertFalse(roster.onDutyAt(NOW).isEmpty(), "someone is on duty on the first launch");
        } finally {
            fresh.close();
        }
    }
}
