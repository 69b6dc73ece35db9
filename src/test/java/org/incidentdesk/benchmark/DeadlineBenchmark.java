package org.incidentdesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.escalation.Alarm;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.domain.escalation.AlertStage;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.SystemScheduler;
import org.incidentdesk.service.escalation.DeadlineAlarms;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;

/**
 * Not a test: run on demand with
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.incidentdesk.benchmark.DeadlineBenchmark}.
 * Fills an embedded database with 100,000 open deadlines, then measures on the real {@link SystemScheduler}: the
 * time to load and arm them all, how late due alerts fire in two scenarios, and the CPU the process uses while
 * nothing is due. <em>Spread</em>: {@value #SPREAD} deadlines falling due about two a second (random gaps of
 * 0–1 s), as a busy office might see. <em>Burst</em>: {@value #BURST} due within 30 s (15 ms apart), far beyond
 * any office. The due deadlines are written last, counted from after the fill, so that arming ends before the
 * first falls due and lateness measures the firing alone. Writes the figures to assets/benchmarks/deadlines.md.
 */
public final class DeadlineBenchmark {
    private static final int DEADLINES = 100_000;
    private static final int SPREAD = 300;
    private static final int BURST = 2_000;
    private static final int INCIDENTS = 1_000;
    private static final Duration ARM_MARGIN = Duration.ofSeconds(90);
    private static final Duration BURST_AFTER_SPREAD = Duration.ofSeconds(60);
    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DeadlineBenchmark() {
    }

    private record Figures(String loadBefore, Duration fill, int armed, Duration arm, Duration firstDueAfterArm,
                           List<Long> spread, List<Long> burst, boolean complete, long cpuIdle, long wallIdle,
                           String loadAfter) {
    }

    public static void main(String[] args) throws Exception {
        String loadBefore = uptime();
        Path dir = Files.createTempDirectory("deadline-benchmark");
        Clock clock = Clock.systemUTC();
        EventBus events = new EventBus();
        Actor actor = new Actor("benchmark");
        try (Database database = Database.openEmbedded(dir)) {
            Store store = new Store(database, events::publish);
            PlanService plans = new PlanService(store, clock, () -> actor, events);
            long planId = plans.createFromTemplate("college", "college").id();
            plans.activate(planId);
            DeadlineRule rule = plans.current(planId).plan().deadline("report-general").orElseThrow();
            IncidentService incidents = new IncidentService(store, clock, () -> actor, events, plans,
                    new LevelAssessor(), ZONE);
            long fillStart = System.nanoTime();
            List<Long> incidentIds = new ArrayList<>();
            for (int i = 0; i < INCIDENTS; i++) {
                incidentIds.add(incidents.intake(new Intake("基准事件 " + i, "inquiry", null, null,
                        IncidentFacts.NONE)).id());
            }
            int far = DEADLINES - SPREAD - BURST;
            Instant later = clock.instant().plus(Duration.ofDays(1));
            for (int first = 0; first < far; first += 1000) {
                List<Instant> dues = new ArrayList<>();
                for (int i = first; i < Math.min(first + 1000, far); i++) {
                    dues.add(later.plusSeconds(i));
                }
                insert(store, clock, actor, rule, incidentIds, first, dues);
            }
            // the due ones last, counted from now: arming (seconds) ends well before the first falls due
            Instant spreadStart = clock.instant().plus(ARM_MARGIN);
            Random gaps = new Random(42);
            List<Instant> spreadDues = new ArrayList<>();
            Instant due = spreadStart;
            for (int i = 0; i < SPREAD; i++) {
                due = due.plusMillis(gaps.nextInt(1000));
                spreadDues.add(due);
            }
            Instant burstStart = due.plus(BURST_AFTER_SPREAD);
            List<Instant> burstDues = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                burstDues.add(burstStart.plusMillis(i * 15L));
            }
            insert(store, clock, actor, rule, incidentIds, far, spreadDues);
            for (int first = 0; first < BURST; first += 1000) {
                insert(store, clock, actor, rule, incidentIds, far + SPREAD + first,
                        burstDues.subList(first, first + 1000));
            }
            Duration fill = Duration.ofNanos(System.nanoTime() - fillStart);

            List<Long> spreadLateness = Collections.synchronizedList(new ArrayList<>());
            List<Long> burstLateness = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch allFired = new CountDownLatch(SPREAD + BURST);
            ExecutorService lane = Executors.newSingleThreadExecutor();
            try (SystemScheduler scheduler = new SystemScheduler(clock)) {
                DeadlineService deadlines = new DeadlineService(store, clock, () -> actor, events, plans, ZONE,
                        AlertPolicy.DEFAULT);
                deadlines.sendAlertsTo(alert -> {
                    if (alert.kind() == DeadlineEventKind.OVERDUE) {
                        long late = Duration.between(alert.dueAt(), clock.instant()).toMillis();
                        (alert.dueAt().isBefore(burstStart) ? spreadLateness : burstLateness).add(late);
                        allFired.countDown();
                    }
                });
                DeadlineAlarms alarms = new DeadlineAlarms(deadlines, scheduler, events, lane);
                long armStart = System.nanoTime();
                int armed = alarms.start();
                Duration arm = Duration.ofNanos(System.nanoTime() - armStart);
                Duration firstDueAfterArm = Duration.between(clock.instant(), spreadStart);

                boolean complete = allFired.await(10, TimeUnit.MINUTES);
                Thread.sleep(2000); // let the lane finish its last alert before the idle measurement
                long cpuBefore = processCpuNanos();
                long wallBefore = System.nanoTime();
                Thread.sleep(IDLE.toMillis());
                long cpuIdle = processCpuNanos() - cpuBefore;
                long wallIdle = System.nanoTime() - wallBefore;
                alarms.close();
                write(new Figures(loadBefore, fill, armed, arm, firstDueAfterArm, spreadLateness, burstLateness,
                        complete, cpuIdle, wallIdle, uptime()));
            } finally {
                lane.shutdownNow();
            }
        }
    }

    /** Deadlines {@code first}, {@code first}+1, … due at {@code dues}, overdue alert armed at due, one transaction. */
    private static void insert(Store store, Clock clock, Actor actor, DeadlineRule rule, List<Long> incidentIds,
                               int first, List<Instant> dues) {
        store.run(s -> {
            Stamp stamp = new Stamp(clock.instant(), actor);
            for (int n = 0; n < dues.size(); n++) {
                int i = first + n;
                Instant due = dues.get(n);
                s.deadlines().insert(incidentIds.get(i % INCIDENTS), rule, 1 + i / INCIDENTS, "III",
                        due.minus(Duration.ofHours(4)), due, new Alarm(AlertStage.OVERDUE, due), stamp);
            }
        });
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "uptime unavailable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "uptime interrupted";
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long[] percentiles(List<Long> lateness) {
        List<Long> sorted = new ArrayList<>(lateness);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new long[] {-1, -1, -1};
        }
        return new long[] {sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
            sorted.getLast()};
    }

    private static void write(Figures f) throws IOException {
        long[] spread = percentiles(f.spread());
        long[] burst = percentiles(f.burst());
        String text = """
                # Deadline timer benchmark

                `DeadlineBenchmark` (src/test/java/org/incidentdesk/benchmark), run on demand, not by `mvn verify`.
                Machine: %d CPU cores shared with other builds, %s, JDK %s. Embedded H2 file database.
                Load when it started: `%s`
                Load when it ended: `%s`

                | figure | value |
                |---|---|
                | open deadlines in the database | %,d (%,d spread, %,d burst; the rest a day or more ahead) |
                | filling the database (1,000 incidents, deadlines in 1,000-row transactions) | %.1f s |
                | load and arm every open deadline at start (`DeadlineAlarms.start`) | %.2f s for %,d deadlines |
                | first spread deadline due after arming ended | %.1f s |
                | alerts fired of those due | %d of %d spread, %d of %d burst%s |
                | **spread** (about 2 a second, random gaps 0–1 s): lateness median / 99th percentile / worst | %d / %d / %d ms (target under 1 s) |
                | **burst** (%,d within 30 s, 15 ms apart): lateness median / 99th percentile / worst | %d / %d / %d ms |
                | CPU while nothing is due (%d s, %,d alerts armed, one sweep every 30 s) | %.2f s CPU = %.2f %% of one core |

                Lateness is from the alert's due instant to the moment its alert was raised (claimed with the
                conditional update, written to the timeline and the audit log, announced). Alerts run on one lane;
                those that fall due while it is busy are raised together, up to 100 to a transaction, each row still
                claimed by its own conditional update.
                """.formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), f.loadBefore(), f.loadAfter(), DEADLINES, SPREAD, BURST,
                f.fill().toMillis() / 1000.0, f.arm().toMillis() / 1000.0, f.armed(),
                f.firstDueAfterArm().toMillis() / 1000.0, f.spread().size(), SPREAD, f.burst().size(), BURST,
                f.complete() ? "" : " (timed out)", spread[0], spread[1], spread[2], BURST, burst[0], burst[1],
                burst[2], IDLE.toSeconds(), f.armed() - f.spread().size() - f.burst().size(), f.cpuIdle() / 1e9,
                100.0 * f.cpuIdle() / f.wallIdle());
        Path out = Path.of("assets", "benchmarks", "deadlines.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
