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
 * {@code mvn -q test-compile exec:java}-style class path, e.g.
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.incidentdesk.benchmark.DeadlineBenchmark}.
 * Fills an embedded database with 100,000 open deadlines (2,000 of them falling due 15–45 s after start, the rest
 * days ahead), then measures on the real {@link SystemScheduler}: the time to load and arm them all, how late
 * the due alerts fire (median, 99th percentile, worst), and the CPU the process uses while nothing is due.
 * Writes the figures to assets/benchmarks/deadlines.md.
 */
public final class DeadlineBenchmark {
    private static final int DEADLINES = 100_000;
    private static final int DUE_SOON = 2_000;
    private static final int INCIDENTS = 1_000;
    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DeadlineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
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
            Instant soon = clock.instant().plusSeconds(15);
            for (int batch = 0; batch < DEADLINES / 1000; batch++) {
                int first = batch * 1000;
                store.run(s -> {
                    Stamp stamp = new Stamp(clock.instant(), actor);
                    for (int i = first; i < first + 1000; i++) {
                        Instant due = i < DUE_SOON ? soon.plusMillis(i * 15L)
                                : soon.plus(Duration.ofDays(1)).plusSeconds(i);
                        s.deadlines().insert(incidentIds.get(i % INCIDENTS), rule, 1 + i / INCIDENTS, "III",
                                due.minus(Duration.ofHours(4)), due, new Alarm(AlertStage.OVERDUE, due), stamp);
                    }
                });
            }
            Duration fill = Duration.ofNanos(System.nanoTime() - fillStart);

            List<Long> latenessMillis = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch allFired = new CountDownLatch(DUE_SOON);
            ExecutorService lane = Executors.newSingleThreadExecutor();
            try (SystemScheduler scheduler = new SystemScheduler(clock)) {
                DeadlineService deadlines = new DeadlineService(store, clock, () -> actor, events, plans, ZONE,
                        AlertPolicy.DEFAULT);
                deadlines.sendAlertsTo(alert -> {
                    if (alert.kind() == DeadlineEventKind.OVERDUE) {
                        latenessMillis.add(Duration.between(alert.dueAt(), clock.instant()).toMillis());
                        allFired.countDown();
                    }
                });
                DeadlineAlarms alarms = new DeadlineAlarms(deadlines, scheduler, events, lane);
                long armStart = System.nanoTime();
                int armed = alarms.start();
                Duration arm = Duration.ofNanos(System.nanoTime() - armStart);

                boolean complete = allFired.await(5, TimeUnit.MINUTES);
                Thread.sleep(2000); // let the lane finish its last alert before the idle measurement
                long cpuBefore = processCpuNanos();
                long wallBefore = System.nanoTime();
                Thread.sleep(IDLE.toMillis());
                long cpuIdle = processCpuNanos() - cpuBefore;
                long wallIdle = System.nanoTime() - wallBefore;
                alarms.close();
                write(fill, armed, arm, complete, latenessMillis, cpuIdle, wallIdle);
            } finally {
                lane.shutdownNow();
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void write(Duration fill, int armed, Duration arm, boolean complete, List<Long> lateness,
                              long cpuIdle, long wallIdle) throws IOException {
        List<Long> sorted = new ArrayList<>(lateness);
        Collections.sort(sorted);
        long median = sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        long p99 = sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        long worst = sorted.isEmpty() ? -1 : sorted.getLast();
        String text = """
                # Deadline timer benchmark

                `DeadlineBenchmark` (src/test/java/org/incidentdesk/benchmark), run on demand, not by `mvn verify`.
                Machine: %d CPU cores shared with other builds, %s, JDK %s. Embedded H2 file database.

                | figure | value |
                |---|---|
                | open deadlines in the database | %,d (%,d falling due 15–45 s after start, 15 ms apart; the rest a day or more ahead) |
                | filling the database (1,000 incidents, deadlines in 1,000-row transactions) | %.1f s |
                | load and arm every open deadline at start (`DeadlineAlarms.start`) | %.2f s for %,d deadlines |
                | alerts fired of those due | %d of %d%s |
                | firing lateness, median | %d ms |
                | firing lateness, 99th percentile | %d ms (target under 1 s) |
                | firing lateness, worst | %d ms |
                | CPU while nothing is due (%d s, %,d alerts armed, one sweep every 30 s) | %.2f s CPU = %.2f %% of one core |

                Lateness is from the alert's due instant to the moment its alert was raised (claimed with the
                conditional update, written to the timeline, announced), each alert on one alert lane.
                """.formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), DEADLINES, DUE_SOON, fill.toMillis() / 1000.0,
                arm.toMillis() / 1000.0, armed, lateness.size(), DUE_SOON, complete ? "" : " (timed out)",
                median, p99, worst, IDLE.toSeconds(), armed - lateness.size(), cpuIdle / 1e9,
                100.0 * cpuIdle / wallIdle);
        Path out = Path.of("assets", "benchmarks", "deadlines.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
