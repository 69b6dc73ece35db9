package org.incidentdesk.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.junit.jupiter.api.Test;

/** Plan roles are found in the roster by unit name and post title. */
class RoleHoldersTest {
    private static final PlanUnit COMMAND = new PlanUnit("command", UnitKind.COMMAND, "应急指挥部", null,
            List.of(new PlanPost("总指挥", "宣传部部长", null)), List.of(), false, null);
    private static final PlanUnit OFFICE = new PlanUnit("office", UnitKind.OFFICE, "指挥部办公室", null, List.of(),
            List.of(), false, null);
    private static final ContingencyPlan PLAN = new ContingencyPlan("p", 1, "预案", null, null, null, null, null, null,
            new Organisation(List.of(COMMAND, OFFICE), List.of(
                    new PlanRole("commander", "总指挥", "command", "总指挥", null),
                    new PlanRole("command", "指挥部", "command", null, null),
                    new PlanRole("office", "办公室", "office", null, null),
                    new PlanRole("reporting-unit", "事发单位", null, null, null)), List.of()),
            LevelScheme.TWO_TIER, List.of(), null, null, null, null, null, null, null, null);

    private static Person person(long id, String name, long unitId, Post... posts) {
        return new Person(id, name, unitId, null, null, null, null, null, List.of(posts), 0);
    }

    private final Roster roster = new Roster(
            List.of(new OrgUnit(1L, null, UnitKind.COMMAND, "应急指挥部", null, 0, 0),
                    new OrgUnit(2L, 1L, UnitKind.MEMBER_UNIT, "宣传部", null, 1, 0)),
            List.of(person(10, "甲", 2, new Post(1, "总指挥")),
                    person(11, "乙", 2, new Post(1, "成员")),
                    person(12, "丙", 2, new Post(2, "联络员"))),
            List.of());

    private final RoleHolders holders = new RoleHolders(PLAN, roster);

    @Test
    void aRoleWithAPostIsHeldByWhoeverHoldsThatPostInThatUnit() {
        assertEquals(List.of("甲"), holders.holdersOf("commander").stream().map(Person::name).toList());
    }

    @Test
    void aRoleWithoutAPostIsHeldByEveryoneWithAPostInTheUnit() {
        assertEquals(List.of("甲", "乙"), holders.holdersOf("command").stream().map(Person::name).toList());
    }

    @Test
    void aPartyKnownOnlyPerIncidentHasNoHoldersYet() {
        assertEquals(List.of(), holders.holdersOf("reporting-unit"));
    }

    @Test
    void unitsTheRosterDoesNotNameAreListedForTheOfficeToFix() {
        assertEquals(List.of("office"), holders.unmatchedUnits().stream().map(PlanUnit::id).toList());
        assertEquals(List.of(), holders.holdersOf("office"));
    }
}
