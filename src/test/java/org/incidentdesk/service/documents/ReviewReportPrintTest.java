package org.incidentdesk.service.documents;

import org.incidentdesk.store.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontLibrary;
import org.incidentdesk.report.PdfInspector;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.report.forms.IncidentReportData;
import org.incidentdesk.report.forms.ReviewReportData;
import org.incidentdesk.report.forms.ReviewReportData.Outcome;
import org.incidentdesk.report.forms.SituationBulletinData;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 处置工作总结评估报告 read back from its PDF: what the review chose to print is there (starred entries by phase,
 * every scored deadline with its delay and outcome, the share met, the time-to figures, the ratings, lessons and
 * actions), accountability only when asked for and then marked, and a long deadline table runs across pages with
 * its header on each.
 */
class ReviewReportPrintTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime FOUND = LocalDateTime.of(2026, 11, 28, 9, 40);
    private static Database database;
    private static Store store;
    private static Clock clock;

    @BeforeAll
    static void office() {
        database = TestDatabase.open("review-print-" + UUID.randomUUID());
        store = new Store(database, event -> { });
        clock = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZONE);
        PlanService plans = new PlanService(store, clock, () -> new Actor("tester"), new EventBus());
        new DemoOffice(store, clock, () -> new Actor("tester"), ZONE).seedIfNew(plans);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theReportCarriesTheStarredStepsByPhaseTheScoredRowsTheFiguresAndTheRatings() {
        String text = text(print(review(3), false));
        assertTrue(text.contains("关于滨河校区停电传言处置工作的总结评估报告"), text);
        assertTrue(text.contains("先期处置") && text.contains("善后处置"), "the phases are headings");
        assertTrue(text.contains("监测员甲发现帖文并登记接报"), "a starred step of 先期处置");
        assertTrue(text.contains("发布停电原因说明"), "a starred step of 事中处置");
        assertTrue(text.indexOf("先期处置") < text.indexOf("事中处置") && text.indexOf("事中处置") < text.indexOf("善后处置"),
                "phases in the handling's order");
        assertTrue(text.contains("时限要求3项，按时完成1项，占33.3%；逾期完成1项，未完成1项"), text);
        assertTrue(text.contains("首报规则0"), "each scored row's rule");
        assertTrue(text.contains("延误30分钟"), "a late row's delay");
        assertTrue(text.contains("提前5分钟"), "a met row's margin");
        assertTrue(text.contains("未完成"), "a missed row");
        assertTrue(text.contains("1小时35分钟") && text.contains("2天3小时"), "the time-to figures: " + text);
        assertTrue(text.contains("存在较大问题") && text.contains("首次回应延误2小时"), "a rating and its evidence");
        assertTrue(text.contains("研判会商及时（见处置经过11月28日9:40）。"), "a lesson points at its entry: " + text);
        assertTrue(text.contains("口径审核耗时过长。") && !text.contains("口径审核耗时过长。（见"),
                "a lesson without entries has no pointer: " + text);
        assertTrue(text.contains("修订信息发布审核流程") && text.contains("进行中"), "an improvement action and its state");
    }

    @Test
    void accountabilityIsLeftOutUnlessAskedForAndThenMarkedAsRestricted() {
        String plain = text(print(review(3), false));
        assertFalse(plain.contains("责任追究"), "the default print has no 责任追究: " + plain);
        assertFalse(plain.contains("书面检查"));
        String full = text(print(review(3), true));
        assertTrue(full.contains("责任追究") && full.contains("书面检查"), full);
        assertTrue(full.contains("限定知悉范围"), "marked for a limited circle of readers");
    }

    @Test
    void aLongDeadlineTableRunsAcrossPagesWithItsHeaderOnEach() {
        RenderedPdf pdf = print(review(80), false);
        List<PdfInspector.Page> pages = PdfInspector.read(pdf.bytes());
        assertTrue(pages.size() >= 4, "80 rows need several pages: " + pages.size());
        List<Integer> withRows = new ArrayList<>();
        for (PdfInspector.Page page : pages) {
            String text = compact(page.text());
            if (text.contains("首报规则")) {
                withRows.add(page.number());
                assertTrue(text.contains("时限要求") && text.contains("提前/延误"), "page " + page.number()
                        + " repeats the header: " + text);
            }
        }
        assertTrue(withRows.size() >= 3, "the rows run over several pages: " + withRows);
        String all = text(pdf);
        for (int i = 0; i < 80; i++) {
            assertEquals(1, occurrences(all, "首报规则" + i + "："), "row " + i + " printed once");
        }
    }

    @Test
    void aReviewWithNoDeadlinesSaysSoInsteadOfDividingByZero() {
        ReviewReportData none = new ReviewReportData("无时限事件", true, "演练概况", List.of(), List.of(), 0, 0, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        String text = text(print(none, false));
        assertTrue(text.contains("关于无时限事件（演练）处置工作的总结评估报告"), text);
        assertTrue(text.contains("没有计入评估的预案时限要求"), text);
        assertFalse(text.contains("%"), text);
    }

    @Test
    void pendingRowsAreListedButNotScoredAndSupersededOnesAreCountedApart() {
        ReviewReportData base = review(3);
        List<ReviewReportData.ScoredDeadline> rows = new ArrayList<>(base.deadlines());
        rows.add(new ReviewReportData.ScoredDeadline("终报规则：平息后24小时内", "县指挥部办公室", FOUND.plusDays(3), null,
                null, Outcome.PENDING));
        ReviewReportData data = new ReviewReportData(base.eventName(), false, base.overview(), base.timeline(), rows, 1, 2,
                base.timesTo(), base.ratings(), base.successes(), base.problems(), base.actions(), List.of());
        String text = text(print(data, false));
        assertTrue(text.contains("时限要求3项，按时完成1项，占33.3%"), "the pending row is not scored: " + text);
        assertTrue(text.contains("尚未到期1项") && text.contains("未到期"), text);
        assertTrue(text.contains("另有2项因级别调整或事件终止不再适用"), text);
    }

    /**
     * {@code rows} deadlines: row 0 met 5 minutes early, row 1 late by 30 minutes, row 2 missed, further rows met;
     * the met count is the review's (rows − 2).
     */
    static ReviewReportData review(int rows) {
        List<ReviewReportData.ScoredDeadline> deadlines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            LocalDateTime due = FOUND.plusMinutes(30L * (i + 1));
            Duration delay = switch (i) {
                case 0 -> Duration.ofMinutes(-5);
                case 1 -> Duration.ofMinutes(30);
                case 2 -> null;
                default -> Duration.ofMinutes(-1);
            };
            Outcome outcome = i == 1 ? Outcome.LATE : i == 2 ? Outcome.MISSED : Outcome.MET;
            deadlines.add(new ReviewReportData.ScoredDeadline("首报规则" + i + "：发现后30分钟内报县指挥部办公室",
                    "县网络舆情监测中心", due, delay == null ? null : due.plus(delay), delay, outcome));
        }
        return new ReviewReportData("滨河校区停电传言", false, "网传滨河校区将停电三天，经核实为检修停电半日",
                List.of(new ReviewReportData.Phase("先期处置", List.of(
                                new ReviewReportData.Step(FOUND, "监测员甲发现帖文并登记接报"))),
                        new ReviewReportData.Phase("事中处置", List.of(
                                new ReviewReportData.Step(FOUND.plusHours(3), "发布停电原因说明"))),
                        new ReviewReportData.Phase("善后处置", List.of(
                                new ReviewReportData.Step(FOUND.plusDays(2), "热度回落，转入常态监测")))),
                deadlines, rows - 2, 0,
                List.of(new ReviewReportData.TimeTo("首报", Duration.ofMinutes(95), Duration.ofMinutes(25)),
                        new ReviewReportData.TimeTo("平息", Duration.ofHours(51), null)),
                List.of(new ReviewReportData.SectionRating("先期处置", "完成良好", "首报提前5分钟"),
                        new ReviewReportData.SectionRating("信息发布", "存在较大问题", "首次回应延误2小时")),
                List.of(new ReviewReportData.Lesson("研判会商及时", List.of(FOUND))),
                List.of(new ReviewReportData.Lesson("口径审核耗时过长。", List.of())),
                List.of(new ReviewReportData.Action("修订信息发布审核流程", "宣传部门", LocalDate.of(2027, 1, 15), "进行中")),
                List.of(new ReviewReportData.Accountability("值班员乙", "未按时续报", "续报规则", "书面检查")));
    }

    private static RenderedPdf print(ReviewReportData data, boolean accountability) {
        DocumentService service = new DocumentService(store, clock, ZONE, () -> new Actor("tester"),
                new DocumentComposer(new FontLibrary(List.of())), new OneReview(data));
        return new ReviewReports(service).preview(7, accountability);
    }

    private static String text(RenderedPdf pdf) {
        StringBuilder all = new StringBuilder();
        PdfInspector.read(pdf.bytes()).forEach(page -> all.append(compact(page.text())));
        return all.toString();
    }

    /** The text without the line breaks and spaces that wrapping inside a cell or a line puts into it. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The review of incident 7, whatever it is asked for. */
    private record OneReview(ReviewReportData data) implements IncidentFormData {
        @Override
        public Optional<IncidentReportData> report(long incidentId, IncidentReportData.Stage stage, int sequence) {
            return Optional.empty();
        }

        @Override
        public Optional<SituationBulletinData> bulletin(long incidentId, int issue) {
            return Optional.empty();
        }

        @Override
        public Optional<ReviewReportData> review(long incidentId) {
            return incidentId == 7 ? Optional.of(data) : Optional.empty();
        }
    }
}
