package org.incidentdesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.review.ReviewFilter;
import org.incidentdesk.domain.review.ReviewStatistics;
import org.incidentdesk.domain.review.ReviewSummary;
import org.incidentdesk.domain.review.ReviewTrend;
import org.incidentdesk.domain.review.TrendStep;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;

/**
 * Issue 18's two review targets: a review of an incident with 1,000 timeline entries opens in under 1 s, and the
 * review list over 1,000 reviews computes its percentiles in under 200 ms; with the whole list read (database and
 * figures) and the printed report of the large review beside them.
 */
final class ReviewFigure implements Figure {
    private static final int REVIEWS = 1_000;
    private static final int ENTRIES = 1_000;
    private static final int SMALL_REVIEWS = 100;
    /** Every how many entries of the large review one is starred (what the printed report carries). */
    private static final int STAR_EVERY = 10;

    @Override
    public String id() {
        return "review";
    }

    @Override
    public String title() {
        return "After-action review: opening a 1,000-entry review and the list over 1,000 reviews";
    }

    @Override
    public String method() {
        return "An office (demo office and plan) gets 1,000 incidents (a tenth in the quick run) taken through "
                + "`IncidentService.intake` "
                + "(so the plan's deadlines exist), discovered an hour apart, each with its first report done 10–90 "
                + "minutes after discovery (`DeadlineService.actDone`), then ended 2 to 52 hours after discovery and given a review (every fourth a "
                + "drill's); one more incident gets 1,000 timeline entries (at every scale) (notes and task updates through "
                + "`TimelineRepository.append`), every " + STAR_EVERY + "th starred. The program runs on a simulated "
                + "scheduler so no overdue alarm fires during the runs. *Open*: `ReviewService.detail` (the incident, "
                + "the timeline reconstructed by phase with stars, the deadlines scored against the plan, the time-to "
                + "figures, the ratings), against a plain JDBC select of the same timeline rows. "
                + "*Percentiles*: `ReviewStatistics.of` (median and 90th percentile of every time-to figure and the share "
                + "met) and `ReviewTrend.of` by month over all the summaries, in memory. *List*: "
                + "`ReviewListService.listing` (all reviews read in a fixed number of queries, scored, summarised and "
                + "charted), against the same on an office of a tenth as many reviews. *Print*: the review "
                + "report of the large review composed to PDF (`ReviewReports.preview`). Two warm-up rounds are not "
                + "counted.";
    }

    @Override
    public List<Row> measure(BenchRun run) throws Exception {
        int reviews = run.scale().of(REVIEWS);
        int small = Math.max(10, run.scale().of(SMALL_REVIEWS));
        Office large = Office.seed(run.freshDirectory("review"), reviews, ENTRIES);
        Office few = Office.seed(run.freshDirectory("review-small"), small, 10);
        try (AppContext context = large.open(); AppContext smallContext = few.open();
             Connection jdbc = DriverManager.getConnection(large.jdbcUrl(), "sa", "")) {
            List<ReviewSummary> summaries = context.reviewList().list(ReviewFilter.ALL);
            if (summaries.size() != reviews + 1) {
                throw new IllegalStateException(summaries.size() + " reviews listed, not " + (reviews + 1));
            }
            for (int i = 0; i < 2; i++) {
                open(context, large.bigIncident());
                readTimeline(jdbc, large.bigIncident());
                percentiles(summaries, context);
                list(context);
                list(smallContext);
                print(context, large.bigIncident());
            }
            BenchRun.Pair open = run.interleave(run.runs(), () -> open(context, large.bigIncident()),
                    () -> readTimeline(jdbc, large.bigIncident()));
            List<Double> percentiles = new ArrayList<>();
            for (int i = 0; i < Math.max(20, run.runs() * 5); i++) {
                percentiles.add(percentiles(summaries, context));
            }
            BenchRun.Pair list = run.interleave(run.runs(), () -> list(context), () -> list(smallContext));
            List<Double> prints = new ArrayList<>();
            for (int i = 0; i < run.runs(); i++) {
                prints.add(print(context, large.bigIncident()));
            }
            String count = String.format(Locale.ROOT, "%,d reviews", reviews + 1);
            return List.of(
                    Row.of("open a review with " + String.format(Locale.ROOT, "%,d", ENTRIES) + " timeline entries",
                            Samples.of("ms", open.measured()), "JDBC select of its timeline rows",
                            Samples.of("ms", open.reference()), new Target.Below(99, 1000)),
                    Row.alone("percentiles (median, p90) and monthly trend over " + count,
                            Samples.of("ms", percentiles), new Target.Below(99, 200)),
                    Row.of("review list read, scored and summarised, " + count, Samples.of("ms", list.measured()),
                            "the same on " + small + " reviews", Samples.of("ms", list.reference()),
                            new Target.None()),
                    Row.alone("print preview of the large review (" + ENTRIES / STAR_EVERY + " starred entries)",
                            Samples.of("ms", prints), new Target.None()));
        }
    }

    private static double open(AppContext context, long incidentId) {
        long start = System.nanoTime();
        int entries = context.reviews().detail(incidentId).timeline().entries().size();
        double ms = (System.nanoTime() - start) / 1e6;
        if (entries < ENTRIES) {
            throw new IllegalStateException("the review showed " + entries + " entries");
        }
        return ms;
    }

    private static double readTimeline(Connection jdbc, long incidentId) throws Exception {
        long start = System.nanoTime();
        int read = 0;
        try (PreparedStatement p = jdbc.prepareStatement(
                "SELECT * FROM incident_timeline WHERE incident_id = ? ORDER BY occurred_at, id")) {
            p.setLong(1, incidentId);
            try (ResultSet r = p.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int c = 1; c <= columns; c++) {
                        r.getObject(c);
                    }
                    read++;
                }
            }
        }
        jdbc.commit();
        if (read < ENTRIES) {
            throw new IllegalStateException("JDBC read " + read + " rows");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentiles(List<ReviewSummary> summaries, AppContext context) {
        long start = System.nanoTime();
        ReviewStatistics statistics = ReviewStatistics.of(summaries);
        ReviewTrend trend = ReviewTrend.of(summaries, TrendStep.MONTH, context.zone());
        double ms = (System.nanoTime() - start) / 1e6;
        if (statistics.reviews() != summaries.size() || trend.points().isEmpty()) {
            throw new IllegalStateException("statistics over " + statistics.reviews() + " reviews");
        }
        return ms;
    }

    private static double list(AppContext context) {
        long start = System.nanoTime();
        int listed = context.reviewList().listing(ReviewFilter.ALL, TrendStep.MONTH).reviews().size();
        double ms = (System.nanoTime() - start) / 1e6;
        if (listed == 0) {
            throw new IllegalStateException("no review listed");
        }
        return ms;
    }

    private static double print(AppContext context, long incidentId) {
        long start = System.nanoTime();
        int pages = context.reviewReports().preview(incidentId, false).pages();
        double ms = (System.nanoTime() - start) / 1e6;
        if (pages < 2) {
            throw new IllegalStateException("the report has " + pages + " pages");
        }
        return ms;
    }

    /** A data directory with the reviews, and the id of the incident with the long timeline. */
    private record Office(Path dir, Instant now, long bigIncident) {
        private static final Actor SEEDER = new Actor("基准");

        static Office seed(Path dir, int reviews, int bigEntries) throws Exception {
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            Random random = new Random(18);
            List<Long> ids = new ArrayList<>();
            try (AppContext context = AppContext.openEmbedded(dir, SeededOffice.ZONE,
                    new SimulatedScheduler(new SimulatedClock(now, SeededOffice.ZONE)))) {
                context.roster();
                for (int i = 0; i <= reviews; i++) {
                    OffsetDateTime discovered = now.minus(Duration.ofHours(reviews + 2 - i))
                            .atZone(SeededOffice.ZONE).toOffsetDateTime();
                    Incident incident = context.incidents().intake(new Intake("基准复盘事件第 " + i + " 号", "inquiry",
                            discovered, discovered.minusMinutes(random.nextInt(120)), IncidentFacts.NONE));
                    context.deadlines().actDone(incident.id(), DeadlineAction.REPORT_FIRST,
                            discovered.toInstant().plus(Duration.ofMinutes(10 + random.nextInt(80))), SEEDER.name());
                    ids.add(incident.id());
                }
            }
            long big = ids.getLast();
            try (Database database = Database.openEmbedded(dir)) {
                Store store = new Store(database, event -> { });
                store.run(s -> {
                    Stamp stamp = new Stamp(now, SEEDER);
                    for (int i = 0; i < ids.size(); i++) {
                        long id = ids.get(i);
                        Incident incident = s.incidents().find(id).orElseThrow();
                        s.incidents().updatePhase(incident, IncidentPhase.ENDED, stamp);
                        Instant calm = incident.discoveredAt().toInstant().plus(Duration.ofMinutes(120 + random.nextInt(3000)));
                        s.timeline().append(id, new TimelineFact.PhaseMoved(incident.phase(), IncidentPhase.ENDED), null,
                                new Stamp(calm.isAfter(now) ? now : calm, SEEDER));
                        s.reviews().insert(id, i % 4 == 0, stamp);
                    }
                    TimelineFact note = new TimelineFact.Note();
                    TimelineFact update = new TimelineFact.TaskUpdated(1, "县网信办", TaskStatus.IN_PROGRESS);
                    for (int e = 0; e < bigEntries; e++) {
                        Stamp at = new Stamp(now.minus(Duration.ofMinutes(bigEntries - e)), SEEDER);
                        long entry = s.timeline().append(big, e % 3 == 0 ? update : note, "核查进展第 " + e + " 条", at);
                        if (e % STAR_EVERY == 0) {
                            s.reviews().star(big, entry, at);
                        }
                    }
                });
            }
            return new Office(dir, now, big);
        }

        AppContext open() {
            return AppContext.openEmbedded(dir, SeededOffice.ZONE,
                    new SimulatedScheduler(new SimulatedClock(now, SeededOffice.ZONE)));
        }

        String jdbcUrl() {
            return "jdbc:h2:file:" + dir.resolve(Database.EMBEDDED_FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
    }
}
