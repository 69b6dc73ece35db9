package org.incidentdesk.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.event.ReviewChanged;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.review.DeadlineOutcome;
import org.incidentdesk.domain.review.Milestone;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ReconstructedTimeline;
import org.incidentdesk.domain.review.Review;
import org.incidentdesk.domain.review.ReviewFilter;
import org.incidentdesk.domain.review.ReviewPhase;
import org.incidentdesk.domain.review.ReviewState;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.domain.review.SectionAssessment;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.domain.review.TrendStep;
import org.incidentdesk.service.escalation.DeadlineFixture;
import org.junit.jupiter.api.Test;

/**
 * Reviews of incidents run through the real services on a simulated clock (the college plan: a 较大 (II) incident's
 * report is due 3 h after the event, a 重大 (I) one's 2 h), scored against that plan; and the review's own writes.
 */
class ReviewServiceTest {
    private static final Duration HAPPENED_AGO = Duration.ofMinutes(40);
    private static final Duration DISCOVERED_AGO = Duration.ofMinutes(10);

    private static ReviewService reviews(DeadlineFixture office) {
        return new ReviewService(office.store, office.clock, () -> new Actor("评估员乙"), office.events,
                office.deadlines::planOf);
    }

    private static ReviewListService list(DeadlineFixture office) {
        return new ReviewListService(office.store, office.clock, DeadlineFixture.ZONE, () -> new Actor("clerk"), office.deadlines::planOf);
    }

    private static ScoredDeadline row(List<ScoredDeadline> rows, String ruleId) {
        return rows.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + ruleId + " in " + rows));
    }

    private static List<String> auditedActions(DeadlineFixture office) {
        return office.store.inTransaction(s -> s.audit().recent(50)).stream().map(e -> e.action()).toList();
    }

    private static String message(ValidationException e) {
        return new Messages(Locale.SIMPLIFIED_CHINESE).describe(e.violations().getFirst());
    }

    @Test
    void aReAssessedLevelsSupersededReportIsListedApartAndTheStricterOneScoresWithItsMargin() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            Instant happened = office.clock.instant().minus(HAPPENED_AGO);
            office.decideLevel(a.id(), "II");
            office.advance(Duration.ofMinutes(20));
            office.decideLevel(a.id(), "I");                       // report now due 2 h after the event
            office.advance(Duration.ofMinutes(30));                 // 90 min after the event
            office.deadlines.recordAction(a.id(), DeadlineAction.REPORT_FIRST);
            office.advance(Duration.ofMinutes(10));
            end(office, a.id());

            var detail = openAndRead(office, a);
            var score = detail.figures().score();
            ScoredDeadline major = row(score.rows(), "report-major");
            assertEquals(DeadlineOutcome.MET, major.outcome());
            assertEquals(-30, major.delayMinutes(), "done at 90 min of the 120 allowed");
            assertEquals(happened.plus(Duration.ofHours(2)), major.dueAt());
            assertEquals(PlanSection.INITIAL_RESPONSE, major.section());
            assertFalse(major.owner().equals(major.ownerRoleId()), "the owner by the plan's name: " + major.owner());
            ScoredDeadline significant = row(score.superseded(), "report-significant");
            assertEquals(DeadlineOutcome.SUPERSEDED, significant.outcome());
            assertTrue(score.rows().stream().noneMatch(r -> r.ruleId().equals("report-significant")),
                    "the II report is not scored as missed");
            assertEquals(DeadlineOutcome.PENDING, row(score.rows(), "summary").outcome(),
                    "the summary counts from the calm and is not due yet");
            assertEquals(Duration.ofMinutes(90), detail.figures().times().fromEvent(Milestone.FIRST_REPORT).orElseThrow());
            assertEquals(Duration.ofMinutes(60), detail.figures().times().fromDiscovery(Milestone.FIRST_REPORT)
                    .orElseThrow());
            assertEquals(Duration.ofMinutes(100), detail.figures().times().fromEvent(Milestone.CALM).orElseThrow());
            assertTrue(detail.figures().times().at(Milestone.FIRST_PUBLIC_RESPONSE).isEmpty());
        }
    }

    @Test
    void aReportAfterItsDueIsLateByItsMinutesAndOneNeverSentBeforeTheEndIsMissed() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident late = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            office.decideLevel(late.id(), "II");                   // due 3 h after the event: 140 min from now
            Incident missed = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            office.decideLevel(missed.id(), "II");
            office.advance(Duration.ofMinutes(140 + 25));
            office.deadlines.recordAction(late.id(), DeadlineAction.REPORT_FIRST);
            end(office, late.id());
            end(office, missed.id());

            var lateRow = row(openAndRead(office, late).figures().score().rows(), "report-significant");
            assertEquals(DeadlineOutcome.LATE, lateRow.outcome());
            assertEquals(25, lateRow.delayMinutes());
            var missedScore = openAndRead(office, missed).figures().score();
            assertEquals(DeadlineOutcome.MISSED, row(missedScore.rows(), "report-significant").outcome());
            assertEquals(1, missedScore.missed());
            assertEquals(0.0, missedScore.shareMet().getAsDouble());
        }
    }

    @Test
    void anIncidentEndedBeforeAnyLevelHasNoDeadlinesAndNoShare() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident a = office.intake("inquiry", null, DISCOVERED_AGO);
            office.incidents.advance(a.id(), IncidentPhase.ASSESSING);
            office.incidents.advance(a.id(), IncidentPhase.ENDED);
            var score = openAndRead(office, a).figures().score();
            assertEquals(0, score.scored(), "only the summary, not yet due: " + score.rows());
            assertTrue(score.shareMet().isEmpty());
        }
    }

    /** Moves the incident to 平息/终止 by the shortest legal way (as a drill's close step does). */
    private static void end(DeadlineFixture office, Incident incident) {
        end(office, incident.id());
    }

    private static void end(DeadlineFixture office, long incidentId) {
        Incident now = office.incidents.detail(incidentId).incident();
        for (IncidentPhase next : org.incidentdesk.domain.incident.Lifecycle.pathTo(now.phase(),
                p -> p == IncidentPhase.ENDED, now.levelDecided())) {
            office.incidents.advance(incidentId, next);
        }
    }

    private static ReviewDetail openAndRead(DeadlineFixture office, Incident incident) {
        ReviewService reviews = reviews(office);
        reviews.open(incident.id(), false);
        return reviews.detail(incident.id());
    }

    @Test
    void aReviewOpensOnlyOnceTheIncidentHasEndedAndItsStepsLandOnTheRecord() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            ReviewService reviews = reviews(office);
            Incident a = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            ValidationException early = assertThrows(ValidationException.class, () -> reviews.open(a.id(), false));
            assertTrue(message(early).contains(a.number().toString()), message(early));
            assertTrue(reviews.find(a.id()).isEmpty(), "nothing written");

            office.decideLevel(a.id(), "II");
            end(office, a.id());
            List<ReviewChanged> announced = new java.util.ArrayList<>();
            office.events.subscribe(ReviewChanged.class, announced::add);
            Review review = reviews.open(a.id(), true);
            assertEquals(ReviewState.DRAFT, review.state());
            assertTrue(review.drill());
            assertEquals("评估员乙", review.createdBy());
            assertEquals(review, reviews.open(a.id(), false), "opening again gives the same review");
            assertEquals(1, announced.size());

            Review finished = reviews.finish(review);
            assertEquals(ReviewState.FINISHED, finished.state());
            assertEquals(office.clock.instant(), finished.finishedAt());
            assertThrows(StaleDataException.class, () -> reviews.reopen(review), "the version read is gone");
            Review reopened = reviews.reopen(finished);
            assertEquals(ReviewState.DRAFT, reopened.state());
            assertEquals(null, reopened.finishedAt());
            Review real = reviews.markDrill(reopened, false);
            assertFalse(real.drill(), "it was a real incident after all");
            assertThrows(StaleDataException.class, () -> reviews.markDrill(reopened, true));

            List<TimelineFact.ReviewStepKind> steps = office.incidents.detail(a.id()).timeline().stream()
                    .map(TimelineEntry::fact).filter(TimelineFact.ReviewStep.class::isInstance)
                    .map(f -> ((TimelineFact.ReviewStep) f).step()).toList();
            assertEquals(List.of(TimelineFact.ReviewStepKind.OPENED, TimelineFact.ReviewStepKind.FINISHED,
                    TimelineFact.ReviewStepKind.REOPENED), steps);
            List<String> audited = auditedActions(office).stream().filter(action -> action.startsWith("review."))
                    .toList();
            assertTrue(audited.containsAll(List.of("review.opened", "review.finished", "review.reopened", "review.drill")),
                    audited.toString());
        }
    }

    @Test
    void starsAndRatingsAreKeptWithTheirAuditAndAFinishedReviewRefusesThem() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            ReviewService reviews = reviews(office);
            Incident a = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            office.decideLevel(a.id(), "II");
            end(office, a.id());
            Review review = reviews.open(a.id(), false);
            ReconstructedTimeline timeline = reviews.detail(a.id()).timeline();
            long intake = timeline.groups().getFirst().entries().getFirst().entry().id();
            assertEquals(ReviewPhase.INITIAL, timeline.groups().getFirst().phase());

            assertTrue(reviews.star(a.id(), intake, true));
            assertFalse(reviews.star(a.id(), intake, true), "starred already: nothing changes");
            assertEquals(List.of(intake), reviews.detail(a.id()).timeline().starred().stream()
                    .map(e -> e.entry().id()).toList());
            ValidationException unknown = assertThrows(ValidationException.class,
                    () -> reviews.star(a.id(), 999_999, true));
            assertTrue(message(unknown).contains("999999"), message(unknown));

            SectionAssessment rated = reviews.rate(a.id(), PlanSection.INITIAL_RESPONSE, SectionRating.MOSTLY,
                    "  首报及时，先期处置稍慢 ", null);
            assertEquals("首报及时，先期处置稍慢", rated.note());
            assertThrows(StaleDataException.class, () -> reviews.rate(a.id(), PlanSection.INITIAL_RESPONSE,
                    SectionRating.GOOD, "", null), "someone rated it meanwhile");
            SectionAssessment changed = reviews.rate(a.id(), PlanSection.INITIAL_RESPONSE, SectionRating.GOOD, "", rated);
            assertEquals(SectionRating.GOOD, reviews.detail(a.id()).rating(PlanSection.INITIAL_RESPONSE).orElseThrow()
                    .rating());
            assertThrows(ValidationException.class, () -> reviews.rate(a.id(), PlanSection.WARNING,
                    SectionRating.GOOD, "长".repeat(ReviewService.NOTE_LIMIT + 1), null));

            reviews.finish(reviews.find(a.id()).orElseThrow());
            ValidationException locked = assertThrows(ValidationException.class, () -> reviews.star(a.id(), intake, false));
            assertTrue(message(locked).contains("已完成"), message(locked));
            assertThrows(ValidationException.class, () -> reviews.rate(a.id(), PlanSection.INITIAL_RESPONSE,
                    SectionRating.FAILED, "", changed));
            assertTrue(reviews.detail(a.id()).rating(PlanSection.INITIAL_RESPONSE).orElseThrow().rating()
                    == SectionRating.GOOD, "unchanged");

            List<String> audited = auditedActions(office);
            assertTrue(audited.contains("review.star"));
            assertEquals(2, audited.stream().filter("review.rate"::equals).count());
            assertEquals(review.incidentId(), a.id());
        }
    }

    @Test
    void theListHoldsEveryReviewWithItsFiguresFilteredByDrillAndSummarisedAcrossThem() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            ReviewService reviews = reviews(office);
            Incident real = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            office.decideLevel(real.id(), "II");
            Incident drill = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            office.decideLevel(drill.id(), "II");
            Incident unreviewed = office.intake("inquiry", HAPPENED_AGO, DISCOVERED_AGO);
            office.advance(Duration.ofMinutes(20));
            office.deadlines.recordAction(real.id(), DeadlineAction.REPORT_FIRST);
            office.advance(Duration.ofMinutes(40));
            office.deadlines.recordAction(drill.id(), DeadlineAction.REPORT_FIRST);
            end(office, real.id());
            end(office, drill.id());
            reviews.open(real.id(), false);
            reviews.open(drill.id(), true);

            ReviewListing listing = list(office).listing(ReviewFilter.ALL, TrendStep.MONTH);
            assertEquals(List.of(drill.id(), real.id()), listing.reviews().stream().map(r -> r.incidentId()).toList(),
                    "newest number first; the incident without a review is not listed");
            assertFalse(listing.reviews().stream().anyMatch(r -> r.incidentId() == unreviewed.id()));
            // discovery to first report: 30 and 70 minutes → median 50, p90 = 30 + 0.9·40 = 66
            var report = listing.statistics().of(org.incidentdesk.domain.review.ReviewMeasure.FIRST_REPORT_FROM_DISCOVERY);
            assertEquals(50.0, report.median().getAsDouble(), 1e-9);
            assertEquals(66.0, report.p90().getAsDouble(), 1e-9);
            assertEquals(1, listing.trend().points().size());
            assertEquals("II", listing.reviews().getFirst().levelId());

            List<Long> realOnly = list(office).list(new ReviewFilter(null, null, null, null, false)).stream()
                    .map(r -> r.incidentId()).toList();
            assertEquals(List.of(real.id()), realOnly);
            var realFigures = list(office).list(new ReviewFilter(null, null, null, null, false)).getFirst().figures();
            assertEquals(reviews.detail(real.id()).figures(), realFigures, "the list computes what the review shows");
        }
    }
}
