package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review list|show|open} on an office whose incident ran under the college plan: happened 08:20, discovered
 * 08:50, decided 较大 (II, report due 3 h after the event: 11:20), first report 11:50 (30 min late), statement
 * released 12:00, ended 12:10. The command line runs at 13:00.
 */
class ReviewCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = OffsetDateTime.parse("2026-03-02T09:00+08:00").toInstant();
    private static final Clock LATER = Clock.fixed(OffsetDateTime.parse("2026-03-02T13:00+08:00").toInstant(), ZONE);

    @TempDir
    Path dataDir;

    private long intakeEntry;

    private CliRun run(String... args) {
        return CliRun.of(dataDir, LATER, args);
    }

    private static Instant at(String localTime) {
        return OffsetDateTime.parse("2026-03-02T" + localTime + "+08:00").toInstant();
    }

    @BeforeEach
    void anIncidentRunUnderTheCollegePlan() {
        SimulatedScheduler scheduler = new SimulatedScheduler(new SimulatedClock(START, ZONE));
        try (AppContext office = AppContext.openEmbedded(dataDir, ZONE, scheduler)) {
            long plan = office.plans().createFromTemplate("college", "college").id();
            office.plans().activate(plan);
            Incident a = office.incidents().intake(new Intake("网帖反映食堂问题", "inquiry",
                    OffsetDateTime.parse("2026-03-02T08:50+08:00"), OffsetDateTime.parse("2026-03-02T08:20+08:00"),
                    IncidentFacts.NONE));
            Assessment assessment = office.incidents().assess(a.id(), EventFacts.none());
            if (assessment.proposesLevel() && assessment.proposed().id().equals("II")) {
                office.incidents().confirm(assessment.id());
            } else {
                office.incidents().override(assessment.id(), "II", "测试定级");
            }
            scheduler.advanceTo(at("11:50"));
            office.deadlines().recordAction(a.id(), DeadlineAction.REPORT_FIRST);
            scheduler.advanceTo(at("12:00"));
            office.deadlines().recordAction(a.id(), DeadlineAction.RESPOND);
            scheduler.advanceTo(at("12:10"));
            Incident now = office.incidents().detail(a.id()).incident();
            for (IncidentPhase next : Lifecycle.pathTo(now.phase(), p -> p == IncidentPhase.ENDED, true)) {
                office.incidents().advance(a.id(), next);
            }
            intakeEntry = office.incidents().detail(a.id()).timeline().getFirst().id();
        }
    }

    /** Opens the review (by the command line), then stars the intake and rates 先期处置 in the office. */
    private void reviewed() {
        CliRun opened = run("review", "open", "2026-001");
        assertEquals(0, opened.exit(), opened.err());
        try (AppContext office = AppContext.openEmbedded(dataDir, LATER, ZONE)) {
            office.reviews().star(1, intakeEntry, true);
            office.reviews().rate(1, PlanSection.INITIAL_RESPONSE, SectionRating.PROBLEMS, "首报晚了半小时", null);
        }
    }

    @Test
    void showJsonScoresTheLateReportWithItsDelayAndGivesTheTimesTheRatingsAndTheStars() throws Exception {
        reviewed();
        CliRun shown = run("review", "show", "2026-001", "--json");
        assertEquals(0, shown.exit(), shown.err());
        JsonNode review = JSON.readTree(shown.out());
        assertEquals("2026-001", review.get("number").asText());
        assertEquals("DRAFT", review.get("state").asText());
        JsonNode figures = review.get("figures");
        JsonNode report = null;
        for (JsonNode row : figures.get("rows")) {
            if (row.get("rule").asText().equals("report-significant")) {
                report = row;
            }
        }
        assertTrue(report != null, figures.toString());
        assertEquals("late", report.get("outcome").asText());
        assertEquals("PT30M", report.get("delay").asText(), "due 11:20, sent 11:50");
        assertEquals(30, report.get("minutes").asInt());
        assertEquals("2026-03-02T11:20:00+08:00", report.get("due").asText());
        assertEquals("INITIAL_RESPONSE", report.get("section").asText());
        assertEquals(0, figures.get("deadlines").get("met").asInt());
        assertEquals(1, figures.get("deadlines").get("late").asInt());
        assertTrue(figures.get("deadlines").get("shareMet").isNumber());
        // 08:20 → 11:50 and 08:50 → 11:50; 08:50 → 12:00; calm at 12:10
        assertEquals("PT3H30M", figures.get("fromEvent").get("firstReport").asText());
        assertEquals("PT3H", figures.get("fromDiscovery").get("firstReport").asText());
        assertEquals("PT3H10M", figures.get("fromDiscovery").get("firstPublicResponse").asText());
        assertEquals("PT3H20M", figures.get("fromDiscovery").get("calm").asText());
        assertTrue(figures.get("fromEvent").get("warning").isNull(), "no warning was issued");

        JsonNode initial = review.get("sections").get(0);
        assertEquals("INITIAL_RESPONSE", initial.get("section").asText());
        assertEquals("PROBLEMS", initial.get("rating").asText());
        assertEquals(report.get("id").asLong(), initial.get("evidence").get(0).asLong(), "the row beside its section");
        JsonNode first = review.get("timeline").get(0);
        assertEquals("INITIAL", first.get("phase").asText());
        assertTrue(first.get("entries").get(0).get("starred").asBoolean());
        assertEquals("Intake", first.get("entries").get(0).get("type").asText());
    }

    @Test
    void showAsTextSaysHowLateAndWhichSectionIsRated() {
        reviewed();
        CliRun shown = run("review", "show", "2026-001");
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().contains("逾期 30 分钟"), shown.out());
        assertTrue(shown.out().contains("先期处置：存在较大问题 首报晚了半小时"), shown.out());
        assertTrue(shown.out().lines().anyMatch(l -> l.startsWith("★ ") && l.contains("网帖反映食堂问题")), shown.out());
        CliRun english = run("--lang", "en", "review", "show", "2026-001");
        assertTrue(english.out().contains("30 min late"), english.out());
    }

    @Test
    void listJsonGivesEachReviewsFiguresAndTheMedianAndNinetiethAcrossThem() throws Exception {
        reviewed();
        CliRun listed = run("review", "list", "--json");
        assertEquals(0, listed.exit(), listed.err());
        JsonNode root = JSON.readTree(listed.out());
        assertEquals(1, root.get("reviews").size());
        assertEquals("2026-001", root.get("reviews").get(0).get("number").asText());
        assertEquals(false, root.get("reviews").get(0).get("drill").asBoolean());
        JsonNode report = root.get("statistics").get("firstReportFromDiscovery");
        assertEquals(1, report.get("count").asInt());
        assertEquals(180.0, report.get("median").asDouble(), 1e-9, "one review: 3 h is its median and its p90");
        assertEquals(180.0, report.get("p90").asDouble(), 1e-9);
        assertEquals("2026-03-01", root.get("trend").get("points").get(0).get("start").asText());

        JsonNode drills = JSON.readTree(run("review", "list", "--drill", "--json").out());
        assertEquals(0, drills.get("reviews").size());
        assertTrue(drills.get("statistics").get("shareMet").get("median").isNull(), "none: no median, no error");
        JsonNode outside = JSON.readTree(run("review", "list", "--from", "2026-03-03", "--json").out());
        assertEquals(0, outside.get("reviews").size());
        JsonNode inside = JSON.readTree(run("review", "list", "--from", "2026-03-02", "--to", "2026-03-02",
                "--category", "inquiry", "--level", "II", "--real", "--json").out());
        assertEquals(1, inside.get("reviews").size());
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        CliRun noReview = run("review", "show", "2026-001");
        assertEquals(2, noReview.exit());
        assertTrue(noReview.err().contains("2026-001") && noReview.err().contains("还没有总结评估"), noReview.err());
        CliRun bareId = run("review", "show", "1");
        assertEquals(2, bareId.exit(), bareId.err());
        CliRun badDay = run("review", "list", "--from", "3月1日");
        assertEquals(2, badDay.exit());
        assertTrue(badDay.err().contains("3月1日"), badDay.err());
        CliRun badStep = run("review", "list", "--by", "year");
        assertEquals(2, badStep.exit());
        assertTrue(badStep.err().contains("year"), badStep.err());
        CliRun none = run("review", "list");
        assertEquals(0, none.exit());
        assertTrue(none.out().contains("还没有总结评估"), none.out());
    }
}
