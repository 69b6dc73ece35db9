package org.incidentdesk.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.incidentdesk.domain.roster.UnitKind;
import org.junit.jupiter.api.Test;

/** The rules applied to plans edited in memory (the workspace), where problems have a path but no line. */
class PlanRulesTest {

    private static PlanUnit command() {
        return new PlanUnit("command", UnitKind.COMMAND, "领导小组", null, List.of(), List.of(), false, null);
    }

    private static PlanRole role(String id) {
        return new PlanRole(id, "角色" + id, null, null, null);
    }

    private static WarningLevel level(String id, int rank) {
        return new WarningLevel(id, rank, "级别" + id, null, null, null, List.of(), null);
    }

    private static DeadlineRule rule(String id, Timing timing, Duration duration, RepeatUntil until) {
        return new DeadlineRule(id, "报告", "office", null, timing, duration, StartPoint.DISCOVERY_TIME, until,
                List.of(), List.of(), null, null, null);
    }

    private static ContingencyPlan plan(List<PlanUnit> units, List<DeadlineRule> rules) {
        return new ContingencyPlan("test", 1, "测试预案", null, null, null, null, null, null,
                new Organisation(units, List.of(role("office")), List.of()), LevelScheme.TWO_TIER,
                List.of(level("major", 1), level("general", 2)), null, null, rules, null, null, null, null, null);
    }

    private static List<String> keysOf(ContingencyPlan plan) {
        return PlanRules.check(plan).stream().map(p -> p.path() + " " + p.messageKey()).toList();
    }

    @Test
    void aMinimalPlanPasses() {
        assertEquals(List.of(), keysOf(plan(List.of(command()), List.of(rule("r", Timing.WITHIN, Duration.ofHours(1), null)))));
    }

    @Test
    void aRuleDueAtOnceOrByTheEndOfTheDayTakesNoDuration() {
        List<DeadlineRule> rules = List.of(rule("now", Timing.IMMEDIATELY, Duration.ofHours(1), null),
                rule("today", Timing.END_OF_DAY, null, null));

        assertEquals(List.of("deadlines[0].duration plan.invalid.durationNotAllowed"),
                keysOf(plan(List.of(command()), rules)));
    }

    @Test
    void onlyARepeatingRuleSaysUntilWhen() {
        List<DeadlineRule> rules = List.of(rule("once", Timing.WITHIN, Duration.ofHours(2), RepeatUntil.CALMED),
                rule("again", Timing.REPEATING, Duration.ofHours(4), null));

        assertEquals(List.of("deadlines[0].until plan.invalid.untilNotAllowed"),
                keysOf(plan(List.of(command()), rules)));
        assertEquals(RepeatUntil.CALMED, rules.get(1).until());
    }

    @Test
    void aRepeatingRuleNeedsAPositiveInterval() {
        assertEquals(List.of("deadlines[0].duration plan.invalid.required"),
                keysOf(plan(List.of(command()), List.of(rule("again", Timing.REPEATING, null, null)))));
        assertEquals(List.of("deadlines[0].duration plan.invalid.nonPositiveDuration"),
                keysOf(plan(List.of(command()), List.of(rule("again", Timing.REPEATING, Duration.ZERO, null)))));
    }

    @Test
    void theOrganisationNeedsACommandBody() {
        PlanUnit office = new PlanUnit("office", UnitKind.OFFICE, "办公室", null, List.of(), List.of(), false, null);

        assertEquals(List.of("organisation.units plan.invalid.noCommand"), keysOf(plan(List.of(office), List.of())));
    }

    @Test
    void idsMustBeUsableInFilesAndPaths() {
        List<DeadlineRule> rules = List.of(rule("报告", Timing.WITHIN, Duration.ofHours(1), null));

        assertEquals(List.of("deadlines[0].id plan.invalid.idSyntax"), keysOf(plan(List.of(command()), rules)));
    }
}
