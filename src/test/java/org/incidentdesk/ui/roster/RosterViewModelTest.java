package org.incidentdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roster's ViewModel on the demo office, without the toolkit: lanes inline, dialogs scripted. */
class RosterViewModelTest {
    private ViewModelFixture fx;
    private RosterViewModel vm;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture();
        vm = fx.rosterViewModel();
        vm.refresh();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private PersonRow row(String name) {
        return vm.visiblePeople().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private int stored() {
        return fx.context.roster().load().people().size();
    }

    @Test
    void searchFiltersByPinyinInitialsAndUnitAndSaysHowManyShow() {
        assertEquals(30, vm.visiblePeople().size());
        vm.queryProperty().set("syw");
        assertEquals(List.of("沈一苇"), vm.visiblePeople().stream().map(PersonRow::name).toList());
        assertEquals(fx.messages.get("roster.summary", 1, 30), vm.summaryProperty().get());

        vm.queryProperty().set("");
        OrgUnit office = vm.units().stream().filter(u -> u.name().equals("县指挥部办公室")).findFirst().orElseThrow();
        vm.unitFilterProperty().set(office);
        assertTrue(vm.visiblePeople().stream().allMatch(r -> r.person().unitId() == office.id()
                || r.person().posts().stream().anyMatch(p -> p.unitId() == office.id())));
        assertTrue(vm.visiblePeople().stream().anyMatch(r -> r.name().equals("沈一苇")));
    }

    @Test
    void aSelectedUnitIncludesThePeopleOfItsSubUnitsInTheSearch() {
        Person member = row("沈一苇").person();
        OrgUnit own = vm.units().stream().filter(u -> u.id() == member.unitId()).findFirst().orElseThrow();
        OrgUnit parent = vm.units().stream().filter(u -> u.id().equals(own.parentId())).findFirst().orElseThrow();
        assertFalse(member.unitId() == parent.id() || member.posts().stream().anyMatch(p -> p.unitId() == parent.id()),
                "the person belongs to the sub-unit only");

        vm.unitFilterProperty().set(parent);
        vm.queryProperty().set("syw");
        assertEquals(List.of("沈一苇"), vm.visiblePeople().stream().map(PersonRow::name).toList());

        OrgUnit sibling = vm.units().stream().filter(u -> u.parentId() == null && !u.id().equals(parent.id()))
                .findFirst().orElse(null);
        if (sibling != null && !vm.rosterProperty().get().descendantsOf(sibling.id()).contains(own.id())) {
            vm.unitFilterProperty().set(sibling);
            assertTrue(vm.visiblePeople().stream().noneMatch(r -> r.name().equals("沈一苇")), "another branch");
        }
    }

    @Test
    void aBadMobileGoesBackToTheFormNamedByFieldAndNothingIsStored() {
        Person draft = row("沈一苇").person();
        AtomicReference<Map<String, String>> problems = new AtomicReference<>();
        AtomicBoolean saved = new AtomicBoolean();
        vm.savePerson(new Person(null, "测试员乙", draft.unitId(), null, "12345", null, null, null, List.of(), 0),
                () -> saved.set(true), problems::set);
        assertFalse(saved.get());
        assertTrue(problems.get().get("mobile").contains("手机"), problems.get().toString());
        assertTrue(fx.dialogs.errors().isEmpty(), "a field problem is not an error dialog");
        assertEquals(30, stored());
    }

    @Test
    void deletesAreUndoneLatestFirstFromTheNotice() {
        Person first = row("沈一苇").person();
        Person second = row("纪舒言").person();
        fx.dialogs.answerConfirm(true).answerConfirm(true);
        vm.deletes().deletePerson(row("沈一苇"));
        vm.refresh();
        vm.deletes().deletePerson(row("纪舒言"));
        assertEquals(28, stored());
        assertTrue(fx.dialogs.lastNotice().text().contains("纪舒言"), fx.dialogs.lastNotice().text());

        fx.dialogs.lastNotice().action().run();
        assertTrue(fx.context.roster().load().person(second.id()).isPresent(), "the latest delete is undone first");
        assertTrue(fx.dialogs.lastNotice().text().contains("沈一苇"), "and the one before it is offered next");
        fx.dialogs.lastNotice().action().run();
        assertTrue(fx.context.roster().load().person(first.id()).isPresent());
        assertEquals(30, stored());
        assertNull(fx.dialogs.lastNotice().action(), "nothing left to undo");
    }

    @Test
    void aDeleteTheUserDeclinesWritesNothing() {
        fx.dialogs.answerConfirm(false);
        vm.deletes().deletePerson(row("沈一苇"));
        assertEquals(0, fx.tasks.writes());
        assertEquals(30, stored());
        assertTrue(fx.dialogs.scriptUsedUp());
    }

    @Test
    void aStaleSaveIsRefusedWithAMessageAndTheRosterReloads() {
        Person seen = row("沈一苇").person();
        fx.context.roster().savePerson(withMobile(seen, "13900000001"));
        int readsBefore = fx.tasks.reads();

        AtomicReference<Map<String, String>> problems = new AtomicReference<>();
        vm.savePerson(withMobile(seen, "13900000002"), () -> { }, problems::set);

        List<String> shown = fx.dialogs.errors().stream().map(e -> e.text()).toList();
        String otherSaver = ActorSource.operatingSystemUser().current().name();
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).startsWith(fx.messages.get("validation.stale"))
                && shown.get(0).contains(otherSaver), "names who saved in between: " + shown);
        assertEquals(Map.of(), problems.get(), "the form keeps what was typed and may save again");
        assertTrue(fx.tasks.reads() > readsBefore, "the roster reloads to show the other change");
        assertEquals("13900000001", row("沈一苇").person().mobile());
    }

    @Test
    void onDutyNowFollowsTheClockAcrossAHandoverAndStopsWhenHidden() {
        vm.activate();
        assertEquals(List.of("沈一苇"), onDuty());
        Instant handover = Instant.parse("2026-03-03T00:30:00Z");
        fx.time.advanceTo(handover.minusSeconds(1));
        assertEquals(List.of("沈一苇"), onDuty());
        fx.time.advanceTo(handover);
        assertEquals(List.of("纪舒言"), onDuty());
        assertTrue(row("纪舒言").onDuty());
        assertFalse(row("沈一苇").onDuty());

        vm.deactivate();
        assertEquals(0, fx.armed("roster"), "a hidden roster keeps no wake-up");
    }

    @Test
    void aChangedPersonIsReloadedAloneAndADeletedOneLeavesWithoutAReload() {
        vm.activate();
        int reads = fx.tasks.reads();
        Person seen = row("沈一苇").person();
        fx.context.roster().savePerson(withMobile(seen, "13900000009"));
        assertEquals(reads + 1, fx.tasks.reads(), "one read, of that person");
        assertEquals("13900000009", row("沈一苇").person().mobile());
        assertEquals(30, vm.visiblePeople().size());
        assertEquals(List.of("沈一苇"), onDuty(), "the person's shifts came back with them");

        fx.context.roster().deletePerson(row("纪舒言").person());
        assertEquals(reads + 1, fx.tasks.reads(), "a delete needs no read");
        assertEquals(29, vm.visiblePeople().size());
        assertTrue(vm.duty().visibleShifts().stream().noneMatch(s -> s.personName().equals("纪舒言")));
        assertEquals(fx.context.roster().load().people().size(), vm.visiblePeople().size());
    }

    @Test
    void theUnitTreeNestsUnitsByKindAndKeepsALoopingUnitVisible() {
        OrgUnit top = new OrgUnit(1L, null, UnitKind.COMMAND, "指挥部", null, 0, 0);
        OrgUnit member = new OrgUnit(2L, 1L, UnitKind.MEMBER_UNIT, "成员单位", null, 0, 0);
        OrgUnit office = new OrgUnit(3L, 1L, UnitKind.OFFICE, "办公室", null, 0, 0);
        OrgUnit loopA = new OrgUnit(4L, 5L, UnitKind.MEMBER_UNIT, "环甲", null, 0, 0);
        OrgUnit loopB = new OrgUnit(5L, 4L, UnitKind.MEMBER_UNIT, "环乙", null, 0, 0);
        UnitTree tree = UnitTree.of(List.of(top, member, office, loopA, loopB));

        assertEquals(List.of("指挥部", "环甲", "环乙"), tree.roots().stream().map(n -> n.unit().name()).toList());
        assertEquals(List.of("办公室", "成员单位"),
                tree.roots().get(0).children().stream().map(n -> n.unit().name()).toList(),
                "the office comes before member units");
    }

    private List<String> onDuty() {
        return vm.duty().visibleShifts().stream().filter(ShiftRow::current).map(ShiftRow::personName).toList();
    }

    private static Person withMobile(Person p, String mobile) {
        return new Person(p.id(), p.name(), p.unitId(), p.officePhone(), mobile, p.email(), p.fax(), p.notes(),
                p.posts(), p.version());
    }
}
