package org.incidentdesk.service.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentdesk.domain.plan.CategoryKind;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.LevelScheme;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.PlanRules;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.service.plan.format.PlanReader;
import org.incidentdesk.service.plan.format.PlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The six built-in plans load, pass the rules, round-trip, and say what the seed text says. */
class PlanTemplatesTest {
    private static final BuiltInPlans BUILT_INS = new BuiltInPlans();

    private static ContingencyPlan plan(String id) {
        return BUILT_INS.find(id).orElseThrow();
    }

    private static DeadlineRule rule(ContingencyPlan plan, String id) {
        return plan.deadline(id).orElseThrow();
    }

    @Test
    void sixTemplatesInTheOrderOfTheSource() {
        assertEquals(List.of("county", "police", "college", "school", "archives", "primary"),
                BUILT_INS.all().stream().map(ContingencyPlan::id).toList());
    }

    @Test
    void levelSchemesFollowTheDomainTable() {
        assertEquals(LevelScheme.FOUR_LEVEL, plan("county").levelScheme());
        assertEquals(LevelScheme.FOUR_LEVEL, plan("police").levelScheme());
        assertEquals(LevelScheme.THREE_LEVEL, plan("college").levelScheme());
        assertEquals(LevelScheme.TWO_TIER, plan("school").levelScheme());
        assertEquals(LevelScheme.FOUR_LEVEL, plan("archives").levelScheme());
        assertEquals(LevelScheme.THREE_LEVEL, plan("primary").levelScheme());
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "police", "college", "school", "archives", "primary"})
    void passesThePlanRules(String id) {
        assertEquals(List.of(), PlanRules.check(plan(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "police", "college", "school", "archives", "primary"})
    void yamlExportImportsBackToTheSamePlan(String id) {
        ContingencyPlan original = plan(id);

        String yaml = PlanWriter.toYaml(original);
        ContingencyPlan reread = PlanReader.read(id + ".yaml", yaml);

        assertEquals(original, reread);
        assertEquals(yaml, PlanWriter.toYaml(reread));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "police", "college", "school", "archives", "primary"})
    void jsonExportImportsBackToTheSamePlan(String id) {
        ContingencyPlan original = plan(id);

        ContingencyPlan reread = PlanReader.read(id + ".json", PlanWriter.toJson(original));

        assertEquals(original, reread);
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "police", "college", "school", "archives", "primary"})
    void everyPlanHandlesPublicOpinionWithTheFourClassesOfPlanFive(String id) {
        Set<String> opinionClasses = plan(id).categories().stream()
                .filter(c -> c.kind() == CategoryKind.PUBLIC_OPINION).map(EventCategory::id)
                .collect(Collectors.toSet());

        assertEquals(Set.of("inquiry", "hype", "fabrication", "constructive"), opinionClasses);
    }

    @Test
    void archivesFourClassesComeFromItsOwnTextTheOthersAreMarkedDefault() {
        // plan 5 writes the four classes and their handling itself; only who leads classes 2–4 it leaves open
        assertTrue(plan("archives").categories().stream().allMatch(c -> c.definition() != null));
        assertFalse(plan("archives").category("inquiry").orElseThrow().origin().defaulted());
        assertTrue(plan("college").category("inquiry").orElseThrow().origin().defaulted());
    }

    @Test
    void countyHasFourColouredLevelsAndRaisesInSensitivePeriods() {
        ContingencyPlan county = plan("county");

        assertEquals(List.of(WarningColour.RED, WarningColour.ORANGE, WarningColour.YELLOW, WarningColour.BLUE),
                county.levelsBySeverity().stream().map(WarningLevel::colour).toList());
        assertEquals(List.of("特别重大", "重大", "较大", "一般"),
                county.levelsBySeverity().stream().map(WarningLevel::name).toList());
        assertFalse(county.sensitivePeriods().isEmpty());
        assertTrue(county.sensitivePeriods().stream().allMatch(p -> p.raise() == 1));
        // the plan names no dates, so every period is a marked default
        assertTrue(county.sensitivePeriods().stream().allMatch(p -> p.origin().defaulted()));
    }

    @Test
    void countyReportsToTheOfficeAtOnce() {
        DeadlineRule report = rule(plan("county"), "report-to-office");

        assertEquals(Timing.IMMEDIATELY, report.timing());
        assertEquals("reporting-unit", report.by());
        assertEquals("office", report.to());
    }

    @Test
    void collegeReportsWithinTwoThreeAndFourHoursOfTheEventByLevel() {
        ContingencyPlan college = plan("college");

        assertEquals("重大", college.level("I").orElseThrow().name());
        assertEquals("较大", college.level("II").orElseThrow().name());
        assertEquals("一般", college.level("III").orElseThrow().name());
        assertReport(rule(college, "report-major"), "I", Duration.ofHours(2));
        assertReport(rule(college, "report-significant"), "II", Duration.ofHours(3));
        assertReport(rule(college, "report-general"), "III", Duration.ofHours(4));
    }

    private static void assertReport(DeadlineRule rule, String level, Duration within) {
        assertEquals(Timing.WITHIN, rule.timing());
        assertEquals(within, rule.duration());
        assertEquals(StartPoint.EVENT_TIME, rule.from());
        assertEquals(List.of(level), rule.levels());
        assertFalse(rule.origin().defaulted());
    }

    @Test
    void policeKeepsTheOneThreeFiveMinuteStandardAndFirstReportsPromptly() {
        ContingencyPlan police = plan("police");

        assertEquals(Duration.ofMinutes(1), rule(police, "respond-1min").duration());
        assertEquals(Duration.ofMinutes(3), rule(police, "arrive-3min").duration());
        assertEquals(Duration.ofMinutes(5), rule(police, "control-5min").duration());
        // the source writes 及时 for the 首报, not 立即: a time limit the template fills in
        assertEquals(Timing.WITHIN, rule(police, "first-report").timing());
        assertEquals("first-report", rule(police, "first-report").form());
        assertEquals(Set.of("knife-attack", "vehicle-ramming", "guns-explosives", "hostage", "arson",
                "hazardous-substance"), police.categories().stream()
                .filter(c -> c.kind() == CategoryKind.VIOLENT_INCIDENT).map(EventCategory::id)
                .collect(Collectors.toSet()));
    }

    @Test
    void schoolForwardsInTwoHoursAnswersInOneDayAndEscalatesWhenNotCalmed() {
        ContingencyPlan school = plan("school");

        DeadlineRule forward = rule(school, "forward-to-department");
        assertEquals(Duration.ofHours(2), forward.duration());
        assertEquals(List.of("general"), forward.levels());

        DeadlineRule answer = rule(school, "answer-within-day");
        assertEquals(Duration.ofDays(1), answer.duration());
        assertEquals("major", answer.ifNotCalmed().toLevel());

        DeadlineRule bulletin = rule(school, "opinion-bulletin");
        assertEquals(Timing.REPEATING, bulletin.timing());
        assertEquals("opinion-bulletin", bulletin.form());
        assertEquals(List.of("major"), bulletin.levels());
    }

    @Test
    void schoolMetricThresholdsAreMarkedDefaultBecauseThePlanGivesNoNumbers() {
        List<MetricCriterion> metrics = plan("school").criteria()
                .filter(c -> c instanceof MetricCriterion).map(c -> (MetricCriterion) c).toList();

        assertEquals(3, metrics.size());
        assertTrue(metrics.stream().allMatch(m -> m.origin().defaulted() && m.origin().note() != null));
    }

    @Test
    void archivesRespondsPubliclyWithinThreeHoursOfDiscoveryAndAnswersInquiriesTheSameDay() {
        ContingencyPlan archives = plan("archives");

        DeadlineRule response = rule(archives, "public-response");
        assertEquals(Duration.ofHours(3), response.duration());
        assertEquals(StartPoint.DISCOVERY_TIME, response.from());
        assertEquals("spokesperson", response.by());

        DeadlineRule opinion = rule(archives, "inquiry-opinion");
        assertEquals(Timing.END_OF_DAY, opinion.timing());
        assertEquals(StartPoint.DISCOVERY_TIME, opinion.from());
        assertEquals(List.of("inquiry"), opinion.categories());
        assertNull(opinion.duration());

        DeadlineRule result = rule(archives, "inquiry-result");
        assertEquals(StartPoint.HANDLING_CLOSED, result.from());
    }

    @Test
    void primaryPutsReportingAndFirstReleaseAtTheFirstMoment() {
        ContingencyPlan primary = plan("primary");

        assertEquals(Timing.IMMEDIATELY, rule(primary, "first-time-report").timing());
        assertEquals(Timing.IMMEDIATELY, rule(primary, "first-release").timing());
    }
}
