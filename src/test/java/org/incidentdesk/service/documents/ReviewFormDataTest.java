package org.incidentdesk.service.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.SectionRating;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.PdfInspector;
import org.incidentdesk.report.forms.ReviewReportData;
import org.incidentdesk.service.escalation.DeadlineFixture;
import org.incidentdesk.service.review.ReviewService;
import org.incidentdesk.service.review.ReviewWrittenServices;
import org.junit.jupiter.api.Test;

/**
 * The review report filled from a real review (the college plan on a simulated clock): a first report 25 minutes
 * late, two notes of which one is starred, a rated section, a lesson, an action and an accountability record; read
 * back from the data and from the PDF.
 */
class ReviewFormDataTest {
    @Test
    void theReportCarriesTheStarredEntryNotTheUnstarredOneAndTheLateReportWithItsDelay() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Reviewed reviewed = reviewed(office);

            ReviewReportData data = reviewed.forms().of(reviewed.incidentId());
            ReviewReportData.ScoredDeadline report = data.deadlines().stream()
                    .filter(r -> r.outcome() == ReviewReportData.Outcome.LATE).findFirst().orElseThrow();
            assertEquals(Duration.ofMinutes(25), report.delay());
            assertEquals(0, data.deadlinesMet());
            assertTrue(data.timeline().stream().flatMap(p -> p.steps().stream())
                    .anyMatch(s -> s.what().contains("同步通报家长委员会")), data.timeline().toString());
            assertEquals(List.of("先期处置", "研判", "预警", "处置", "信息发布", "善后"),
                    data.ratings().stream().map(ReviewReportData.SectionRating::section).toList(), "every plan section");

            String text = text(reviewed.reports().preview(reviewed.incidentId(), false).bytes());
            assertTrue(text.contains("同步通报家长委员会"), "the starred note: " + text);
            assertFalse(text.contains("食堂供货单据待补"), "the unstarred note is not printed: " + text);
            assertTrue(text.contains("逾期完成") && text.contains("延误25分钟"), "the late first report: " + text);
            assertTrue(text.contains("基本完成") && text.contains("首报晚于时限"), "the rating with its note: " + text);
            assertTrue(text.contains("家校沟通及时（见处置经过") && text.contains("建立家长群信息发布口径"), text);
            assertFalse(text.contains("责任追究") || text.contains("值班员丙"), "no accountability by default");
            assertTrue(text(reviewed.reports().preview(reviewed.incidentId(), true).bytes()).contains("值班员丙"),
                    "printed when asked for");
        }
    }

    @Test
    void issuingTheReportTakesANumberAndMeetsThePlansSummaryDeadline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Reviewed reviewed = reviewed(office);
            assertEquals(ReviewReportData.Outcome.PENDING, summary(reviewed).outcome(), "not due before the report");

            IssuedPdf issued = reviewed.reports().export(reviewed.incidentId(), false, dir.resolve("review.pdf"));

            assertTrue(issued.record().number() != null && issued.record().number().contains("〔2026〕"),
                    String.valueOf(issued.record().number()));
            assertEquals(ReviewReportData.Outcome.MET, summary(reviewed).outcome(), "the summary report is its act");
        }
    }

    /** The plan's summary-report deadline as the report lists it. */
    private static ReviewReportData.ScoredDeadline summary(Reviewed reviewed) {
        return reviewed.forms().of(reviewed.incidentId()).deadlines().stream()
                .filter(r -> r.rule().startsWith("总结")).findFirst().orElseThrow();
    }

    @Test
    void anIncidentWithoutAReviewIsRefusedNamingIt() {
        try (DeadlineFixture office = new DeadlineFixture("college")) {
            Incident incident = office.intake("inquiry", Duration.ofMinutes(40), Duration.ofMinutes(10));
            ReviewService reviews = new ReviewService(office.store, office.clock, () -> new Actor("评估员乙"),
                    office.events, office.deadlines::planOf);
            ReviewWrittenServices written = new ReviewWrittenServices(office.store, office.clock,
                    () -> new Actor("评估员乙"), office.events, office.plans, DeadlineFixture.ZONE);
            ReviewFormData forms = new ReviewFormData(reviews::detail, written::written, office.clock,
                    DeadlineFixture.ZONE);
            ValidationException refused = assertThrows(ValidationException.class, () -> forms.of(incident.id()));
            assertTrue(refused.violations().getFirst().args().contains(incident.number().toString()),
                    refused.violations().toString());
        }
    }

    private record Reviewed(long incidentId, ReviewFormData forms, ReviewReports reports) {
    }

    private static Reviewed reviewed(DeadlineFixture office) {
        Incident incident = office.intake("inquiry", Duration.ofMinutes(40), Duration.ofMinutes(10));
        office.decideLevel(incident.id(), "II");                  // first report due 3 h after the event
        office.incidents.addNote(incident.id(), "同步通报家长委员会");
        office.incidents.addNote(incident.id(), "食堂供货单据待补");
        office.advance(Duration.ofMinutes(140 + 25));
        office.deadlines.recordAction(incident.id(), DeadlineAction.REPORT_FIRST);
        Incident now = office.incidents.detail(incident.id()).incident();
        for (IncidentPhase next : Lifecycle.pathTo(now.phase(), p -> p == IncidentPhase.ENDED, now.levelDecided())) {
            office.incidents.advance(incident.id(), next);
        }

        ReviewService reviews = new ReviewService(office.store, office.clock, () -> new Actor("评估员乙"), office.events,
                office.deadlines::planOf);
        reviews.open(incident.id(), false);
        List<TimelineEntry> entries = office.incidents.detail(incident.id()).timeline();
        long starred = entries.stream().filter(e -> "同步通报家长委员会".equals(e.personText())).findFirst().orElseThrow().id();
        reviews.star(incident.id(), starred, true);
        reviews.rate(incident.id(), PlanSection.INITIAL_RESPONSE, SectionRating.MOSTLY, "首报晚于时限", null);

        ReviewWrittenServices written = new ReviewWrittenServices(office.store, office.clock, () -> new Actor("评估员乙"),
                office.events, office.plans, DeadlineFixture.ZONE);
        written.lessons().add(incident.id(), LessonKind.SUCCESS, "家校沟通及时", List.of(starred));
        ActionOwner owner = written.actions().ownerChoices(incident.id()).getFirst();
        written.actions().add(incident.id(), null, "建立家长群信息发布口径", owner, LocalDate.of(2026, 4, 1));
        written.accountability().add(incident.id(), "值班员丙", "首报逾期", null, "批评教育");

        ReviewFormData forms = new ReviewFormData(reviews::detail, written::written, office.clock, DeadlineFixture.ZONE);
        DocumentService documents = new DocumentService(office.store, office.clock, DeadlineFixture.ZONE,
                () -> new Actor("评估员乙"), new DocumentComposer(new FontLibrary(List.of())),
                new BoardFormData(office.incidents, null, forms, office.clock, DeadlineFixture.ZONE),
                PlanFormData.none(), office.deadlines::actDone, office.events);
        return new Reviewed(incident.id(), forms, new ReviewReports(documents));
    }

    private static String text(byte[] pdf) {
        StringBuilder all = new StringBuilder();
        PdfInspector.read(pdf).forEach(page -> all.append(page.text().replaceAll("\\s+", "")));
        return all.toString();
    }
}
