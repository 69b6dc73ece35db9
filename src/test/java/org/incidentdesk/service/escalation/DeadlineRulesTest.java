package org.incidentdesk.service.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineState;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.service.plan.BuiltInPlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every deadline rule of the six built-in plans, on a simulated clock: an incident that happened 40 minutes and
 * was discovered 10 minutes before it was taken, at the rule's level and category, gets the rule's deadline
 * counted from the right moment. The limits R9–R14 name are checked as figures written out by hand.
 */
class DeadlineRulesTest {
    private static final Duration HAPPENED_AGO = Duration.ofMinutes(40);
    private static final Duration DISCOVERED_AGO = Duration.ofMinutes(10);
    private static final Duration UNTIL_END = Duration.ofHours(1);

    /** One office per plan for the rule-by-rule test: each rule gets an incident of its own. */
    private static final Map<String, DeadlineFixture> OFFICES = new HashMap<>();

    @AfterAll
    static void closeOffices() {
        OFFICES.values().forEach(DeadlineFixture::close);
    }

    static Stream<Arguments> everyRule() {
        BuiltInPlans plans = new BuiltInPlans();
        return BuiltInPlans.IDS.stream().flatMap(planId -> plans.find(planId).orElseThrow().deadlines().stream()
                .map(rule -> Arguments.of(planId, rule.id())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRule")
    void eachRuleIsDueWhereItsTimingAndStartPointSay(String planId, String ruleId) {
        DeadlineFixture office = OFFICES.computeIfAbsent(planId, DeadlineFixture::new);
        DeadlineRule rule = office.plan.deadline(ruleId).orElseThrow();
        Instant taken = office.clock.instant();
        Incident incident = raise(office, rule);
        Optional<Instant> start = switch (rule.from().name()) {
            case "EVENT_TIME" -> Optional.of(taken.minus(HAPPENED_AGO));
            case "DISCOVERY_TIME" -> Optional.of(taken.minus(DISCOVERED_AGO));
            case "REPORT_RECEIVED", "ORDER_RECEIVED" -> Optional.of(taken);
            case "CALMED", "HANDLING_CLOSED" -> Optional.of(taken.plus(UNTIL_END));
            default -> Optional.empty(); // a condition a person must find: no deadline by itself
        };
        List<Deadline> found = office.deadlines.deadlines(incident.id()).stream()
                .filter(d -> d.ruleId().equals(ruleId)).toList();
        if (start.isEmpty()) {
            assertTrue(found.isEmpty(), "no deadline until the condition is found: " + found);
            return;
        }
        assertEquals(1, found.size(), "one deadline of " + ruleId + ": " + found);
        Deadline d = found.getFirst();
        assertEquals(start.get(), d.startedAt(), "counted from " + rule.from());
        Instant expectedDue = switch (rule.timing()) {
            case WITHIN, REPEATING -> start.get().plus(rule.duration());
            // 立即: the plan's response window, counted from when the office took the report if that came later
            case IMMEDIATELY -> (start.get().isAfter(taken) ? start.get() : taken)
                    .plus(office.plan.responseTimes().immediately());
            case END_OF_DAY -> start.get().atZone(DeadlineFixture.ZONE).toLocalDate().plusDays(1)
                    .atStartOfDay(DeadlineFixture.ZONE).toInstant();
        };
        assertEquals(expectedDue, d.dueAt());
        assertEquals(1, d.occurrence());
    }

    /** Takes the incident at the rule's level and category, and ends it when the rule counts from the end. */
    private static Incident raise(DeadlineFixture office, DeadlineRule rule) {
        String category = rule.categories().isEmpty() ? office.plan.categories().getFirst().id()
                : rule.categories().getFirst();
        Incident incident = office.intake(category, HAPPENED_AGO, DISCOVERED_AGO);
        if (!rule.levels().isEmpty()) {
            office.decideLevel(incident.id(), rule.levels().getFirst());
        }
        if (List.of("CALMED", "HANDLING_CLOSED").contains(rule.from().name())) {
            office.advance(UNTIL_END);
            office.end(incident.id());
        }
        return incident;
    }

    @ParameterizedTest(name = "{0} {1} level {2}: due {4}")
    @CsvSource({
            // R9: college (plan 3) reports to the leading group 2/3/4 h after the event by level
            "college, report-major, I, inquiry, 2026-03-02T10:20+08:00",
            "college, report-significant, II, inquiry, 2026-03-02T11:20+08:00",
            "college, report-general, III, inquiry, 2026-03-02T12:20+08:00",
            // R10: archives (plan 5) responds publicly within 3 h of discovery, an inquiry's opinion the same day
            "archives, public-response, , inquiry, 2026-03-02T11:50+08:00",
            "archives, inquiry-opinion, , inquiry, 2026-03-03T00:00+08:00",
            // R11: school (plan 4) forwards a 一般 event within 2 h and answers within a day of discovery
            "school, forward-to-department, general, inquiry, 2026-03-02T10:50+08:00",
            "school, answer-within-day, general, inquiry, 2026-03-03T08:50+08:00",
            // R12: police (plan 2) first report 及时: a default hour from discovery; R13 follow-ups every 2 h (default)
            "police, first-report, , knife-attack, 2026-03-02T09:50+08:00",
            "police, follow-up-reports, , knife-attack, 2026-03-02T10:50+08:00",
            "county, progress-reports, , inquiry, 2026-03-02T12:50+08:00"})
    void theLimitsThePlansSet(String planId, String ruleId, String level, String category, String due) {
        try (DeadlineFixture office = new DeadlineFixture(planId)) {
            // taken at 09:00 (UTC+8), discovered 08:50, happened 08:20
            Incident incident = office.intake(category, HAPPENED_AGO, DISCOVERED_AGO);
            if (level != null) {
                office.decideLevel(incident.id(), level);
            }
            Deadline d = office.only(incident.id(), ruleId);
            assertEquals(OffsetDateTime.parse(due).toInstant(), d.dueAt());
            assertEquals(DeadlineState.OPEN, d.state());
        }
    }
}
