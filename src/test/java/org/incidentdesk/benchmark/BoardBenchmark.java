package org.incidentdesk.benchmark;

import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineFact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.escalation.Alarm;
import org.incidentdesk.domain.escalation.AlertStage;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.incident.EvidenceService;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.incident.MetricsImportService;
import org.incidentdesk.service.plan.LevelAssessor;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.DemoOffice;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.ui.board.BoardViewModel;
import org.incidentdesk.ui.board.IncidentDetailViewModel;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.Job;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.common.RecordingDialogService;
import org.incidentdesk.ui.common.SyncTaskRunner;

/**
 * Not a test: measures the board's ViewModel on an embedded database with 10,000 incidents and 200,000
 * timeline entries (a quarter of them notes, which search reads) against one with 10 incidents, and writes
 * the figures to {@code assets/benchmarks/board.md}. Run on demand:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.incidentdesk.benchmark.BoardBenchmark}.
 */
public final class BoardBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final int OPEN_RUNS = 15;
    private static final int FILTER_RUNS = 60;
    private static final int EVENT_RUNS = 60;

    private record Office(Database database, Store store, EventBus events, IncidentService incidents,
                          IncidentDetailViewModel detail, SimulatedClock clock) {
        BoardViewModel board(TaskRunner tasks) {
            return board(tasks, Runnable::run);
        }

        /** A board whose events reach it through {@code delivery} (which may time them). */
        BoardViewModel board(TaskRunner tasks, java.util.concurrent.Executor delivery) {
            return new BoardViewModel(incidents, detail, tasks,
                    new RecordingDialogService(), new Messages(Locale.SIMPLIFIED_CHINESE),
                    new FxEvents(events, delivery), new FxAlarms(new SimulatedScheduler(clock), Runnable::run),
                    clock, ZONE);
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/benchmarks/board.md");
        Path small = Files.createTempDirectory("board-bench-10");
        // -Dboard.benchmark.keep=DIR keeps the large database there and reuses it on the next run (seeding takes
        // minutes); without it both databases are temporary
        String keep = System.getProperty("board.benchmark.keep");
        Path large = keep == null ? Files.createTempDirectory("board-bench-10000")
                : Files.createDirectories(Path.of(keep));
        StringBuilder report = new StringBuilder();
        try (Database smallDb = Database.openEmbedded(small); Database largeDb = Database.openEmbedded(large)) {
            Office ten = office(smallDb, small);
            Office tenThousand = office(largeDb, large);
            long seedStart = System.nanoTime();
            fill(ten, 10, 200);
            if (tenThousand.incidents().summaries(1).isEmpty()) {
                fill(tenThousand, 10_000, 200_000);
            }
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

            // warm-up: class loading and the JIT are not part of what a user waits for twice
            for (int i = 0; i < 3; i++) {
                open(ten);
                open(tenThousand);
            }
            List<Double> openTen = new ArrayList<>();
            List<Double> openLarge = new ArrayList<>();
            List<Double> openTenCpu = new ArrayList<>();
            List<Double> openLargeCpu = new ArrayList<>();
            for (int i = 0; i < OPEN_RUNS; i++) {
                double[] tenRun = open(ten);
                double[] largeRun = open(tenThousand);
                openTen.add(tenRun[0]);
                openTenCpu.add(tenRun[1]);
                openLarge.add(largeRun[0]);
                openLargeCpu.add(largeRun[1]);
            }
            List<Double> fullTen = new ArrayList<>();
            List<Double> fullLarge = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                fullTen.add(fullLoad(ten));
                fullLarge.add(fullLoad(tenThousand));
            }
            List<Double> perEvent = new ArrayList<>();
            List<Double> perEventCpu = new ArrayList<>();
            BoardViewModel board = tenThousand.board(new SyncTaskRunner(), timed(perEvent, perEventCpu));
            board.activate();
            List<Long> ids = board.rows().stream().filter(r -> r.phase() != IncidentPhase.ARCHIVED).map(r -> r.id()).toList();
            Random pick = new Random(11);
            for (int i = 0; i < EVENT_RUNS + 10; i++) {
                tenThousand.incidents().addNote(ids.get(pick.nextInt(ids.size())), "基准：续报核查情况 " + i);
            }
            List<Double> update = List.copyOf(perEvent.subList(10, perEvent.size()));
            List<Double> updateCpu = List.copyOf(perEventCpu.subList(10, perEventCpu.size()));
            perEvent.clear();
            perEventCpu.clear();
            List<Double> search = measure(FILTER_RUNS, i -> board.queryProperty().set(i % 2 == 0 ? "核查 " + (i % 10) : "网传"));
            List<Double> words = measure(FILTER_RUNS, i -> board.queryProperty().set(i % 2 == 0 ? "停水 小区" : "不存在的词"));
            board.queryProperty().set("");
            List<Double> level = measure(FILTER_RUNS, i -> board.levelFilterProperty().set(i % 2 == 0 ? "II" : null));
            List<Double> combined = measure(FILTER_RUNS, i -> {
                board.phaseFilterProperty().set(i % 2 == 0 ? IncidentPhase.HANDLING : null);
                board.overdueOnlyProperty().set(i % 3 == 0);
            });

            double ratio = median(openLarge) / median(openTen);
            double cpuRatio = median(openLargeCpu) / median(openTenCpu);
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            report.append("# Board benchmark\n\n")
                    .append("Generated by `org.incidentdesk.benchmark.BoardBenchmark` (not a test; run on demand with\n")
                    .append("`mvn -q test-compile exec:java -Dexec.classpathScope=test ")
                    .append("-Dexec.mainClass=org.incidentdesk.benchmark.BoardBenchmark`).\n\n")
                    .append("Machine: ").append(Runtime.getRuntime().availableProcessors())
                    .append(" CPU cores (shared with other builds while measured), Java ")
                    .append(System.getProperty("java.version")).append(", embedded H2 file database. ")
                    .append(String.format(Locale.ROOT, "Load average (1 min) when the figures were taken: %.1f.%n%n",
                            load))
                    .append("Data: 10,000 incidents with 200,000 timeline entries (50,000 of them notes, which search ")
                    .append("reads), 5,000 open tasks and two open deadlines of the plan on each incident not yet ")
                    .append("ended; against 10 incidents with 200 entries. Seeding took ")
                    .append(String.format(Locale.ROOT, "%.1f s.%n%n", seedSeconds))
                    .append("\"Open\" is the time until the board shows its first rows: the newest 100 incidents ")
                    .append("(about what the widest screen shows at once) with their open tasks and next deadlines, ")
                    .append("read in the background and put into the rows, the kanban lanes and the filter lists. \"Full load\" is the second background read that follows at once: ")
                    .append("every incident with the note text search reads; until it lands, search covers the ")
                    .append("first page. Measured on the ViewModel without the toolkit; the view's table and ")
                    .append("lanes are virtualised, so they draw only the visible cards whatever the count. ")
                    .append("\"Update after an incident event\" is the time from the event reaching the board to its ")
                    .append("lists being up to date: reading that one incident (summary, next deadline, notes) and ")
                    .append("replacing its row, lane entry and counts (the note's write itself is not counted); ")
                    .append("before, each event read the whole board again (the full load above).\n\n")
                    .append("| measure | runs | median ms | p99 ms | target |\n|---|---|---|---|---|\n");
            row(report, "open, 10 incidents", openTen, "");
            row(report, "open, 10,000 incidents", openLarge, String.format(Locale.ROOT,
                    "< 1.5 x open with 10: **%.2f x** %s", ratio, ratio < 1.5 ? "(met)" : "(not met)"));
            row(report, "open, 10 incidents (CPU time of the opening thread)", openTenCpu, "");
            row(report, "open, 10,000 incidents (CPU time of the opening thread)", openLargeCpu,
                    String.format(Locale.ROOT, "< 1.5 x: **%.2f x** %s", cpuRatio, cpuRatio < 1.5 ? "(met)" : "(not met)"));
            row(report, "full load in the background, 10 incidents", fullTen, "");
            row(report, "full load in the background, 10,000 incidents", fullLarge, "");
            row(report, "update after an incident event (a note added), 10,000 incidents", update,
                    median(update) < 20 ? "< 20 ms median (met)" : "< 20 ms median (not met)");
            row(report, "update after an incident event, 10,000 incidents (CPU time of the board's thread)",
                    updateCpu, median(updateCpu) < 20 ? "< 20 ms median (met)" : "< 20 ms median (not met)");
            row(report, "search, one or two words (10,000)", search, target(search));
            row(report, "search, words absent / present (10,000)", words, target(words));
            row(report, "filter by level (10,000)", level, target(level));
            row(report, "filter by phase + overdue (10,000)", combined, target(combined));
            board.deactivate();
        } finally {
            deleteQuietly(small);
            if (keep == null) {
                deleteQuietly(large);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private static String target(List<Double> times) {
        return median(times) < 50 ? "< 50 ms median (met)" : "< 50 ms median (not met)";
    }

    private static Office office(Database database, Path dir) {
        EventBus events = new EventBus();
        Store store = new Store(database, events::publish);
        SimulatedClock clock = new SimulatedClock(NOW, ZONE);
        PlanService plans = new PlanService(store, clock, () -> new Actor("基准"), events);
        new DemoOffice(store, clock, () -> new Actor("基准"), ZONE).seedIfNew(plans);
        IncidentService incidents = new IncidentService(store, clock, () -> new Actor("基准"), events, plans,
                new LevelAssessor(), ZONE);
        RosterService roster = new RosterService(store, clock, () -> new Actor("基准"), events);
        IncidentDetailViewModel detail = new IncidentDetailViewModel(incidents,
                new org.incidentdesk.service.warning.WarningService(store, clock, () -> new Actor("基准"), events, plans,
                        incidents, new LevelAssessor(), ZONE),
                new EvidenceService(store, clock, () -> new Actor("基准"), events, dir),
                new MetricsImportService(incidents, clock, ZONE), roster,
                new SyncTaskRunner(), new RecordingDialogService(),
                new Messages(Locale.SIMPLIFIED_CHINESE), clock, ZONE);
        return new Office(database, store, events, incidents, detail, clock);
    }

    /** Writes incidents, their timelines and tasks straight through the repositories, 500 incidents per commit. */
    private static void fill(Office office, int count, int timelineEntries) {
        OfficePlan plan = office.store().inTransaction(s -> s.plans().active()).orElseThrow();
        ContingencyPlan content = new PlanService(office.store(), office.clock(), () -> new Actor("基准"),
                office.events()).current(plan.id()).plan();
        List<WarningLevel> levels = content.levelsBySeverity();
        List<String> categories = content.categories().stream().map(c -> c.id()).toList();
        List<OrgUnit> units = office.store().inTransaction(s -> s.roster().units());
        List<DeadlineRule> rules = content.deadlines();
        IncidentPhase[] phases = IncidentPhase.values();
        Random random = new Random(7);
        int perIncident = timelineEntries / count;
        Stamp stamp = new Stamp(NOW, new Actor("基准"));
        for (int start = 0; start < count; start += 500) {
            int from = start;
            office.store().run(s -> {
                for (int i = from; i < Math.min(count, from + 500); i++) {
                    IncidentNumber number = s.incidents().allocateNumber(2026);
                    OffsetDateTime discovered = NOW.minus(Duration.ofMinutes(random.nextInt(500_000))).atZone(ZONE)
                            .toOffsetDateTime();
                    IncidentFacts facts = new IncidentFacts(new SevenWs("", "城" + (i % 40) + "区某小区", "网民",
                            i % 7 == 0 ? "反映停水" : "网传消息", "", "", ""), "网络舆情监测", null, "", "", "",
                            List.of(), "", "", "");
                    long id = s.incidents().insert(number, "网传事件第 " + i + " 号", categories.get(i % categories.size()),
                            facts, null, discovered, plan.id(), plan.currentVersion(), stamp);
                    var incident = s.incidents().find(id).orElseThrow();
                    if (i % 5 != 0) {
                        s.incidents().updateLevel(incident, LevelMark.of(levels.get(i % levels.size())), stamp);
                        incident = s.incidents().find(id).orElseThrow();
                    }
                    s.incidents().updatePhase(incident, phases[i % phases.length], stamp);
                    for (int t = 0; t < perIncident; t++) {
                        boolean note = t % 4 == 0;
                        s.timeline().append(id, note ? new TimelineFact.Note()
                                        : new TimelineFact.TaskUpdated(t, "县网信办", TaskStatus.IN_PROGRESS),
                                note ? "已核查 " + t + " 次，反馈 " + random.nextInt(100) : "单位回复", stamp);
                    }
                    if (phases[i % phases.length].ordinal() < IncidentPhase.ENDED.ordinal()) {
                        for (int d = 0; d < 2; d++) {
                            DeadlineRule rule = rules.get((i + d) % rules.size());
                            Instant due = NOW.plus(Duration.ofMinutes(random.nextInt(3000) - 600));
                            s.deadlines().insert(id, rule, 1, null, discovered.toInstant(), due,
                                    new Alarm(AlertStage.REMINDER, due.minus(Duration.ofMinutes(30))), stamp);
                        }
                    }
                    if (i % 2 == 0) {
                        OrgUnit unit = units.get(i % units.size());
                        s.tasks().insert(id, unit.id(), unit.name(), "核实并回复",
                                NOW.plus(Duration.ofMinutes(random.nextInt(2000) - 1000)), stamp);
                    }
                }
            });
        }
    }

    /**
     * Time until the board shows its first rows (what the user waits for when opening it), wall-clock and the
     * opening thread's CPU time (which other programs' load on the machine disturbs less).
     */
    private static double[] open(Office office) {
        OpeningTasks tasks = new OpeningTasks();
        BoardViewModel board = office.board(tasks);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        board.activate();
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        if (board.rows().isEmpty()) {
            throw new IllegalStateException("the board did not load");
        }
        tasks.runDeferred();
        board.deactivate();
        return new double[] {ms, cpuMs};
    }

    /** Time until every incident, with the notes search reads, is on the board. */
    private static double fullLoad(Office office) {
        long start = System.nanoTime();
        BoardViewModel board = office.board(new SyncTaskRunner());
        board.activate();
        double ms = (System.nanoTime() - start) / 1e6;
        if (!board.completeProperty().get()) {
            throw new IllegalStateException("the board did not load completely");
        }
        board.deactivate();
        return ms;
    }

    /**
     * Runs the opening read (the first page) at once, as the background lane would deliver it first, and holds
     * the full read back until the measurement has been taken.
     */
    private static final class OpeningTasks implements TaskRunner {
        private final SyncTaskRunner inline = new SyncTaskRunner();
        private final List<Runnable> deferred = new ArrayList<>();

        @Override
        public <T> void write(Callable<T> work, Consumer<? super T> ok, Consumer<? super Throwable> failed) {
            inline.write(work, ok, failed);
        }

        @Override
        public <T> void read(Callable<T> work, Consumer<? super T> ok, Consumer<? super Throwable> failed) {
            inline.read(work, ok, failed);
        }

        @Override
        public <T> void refresh(String key, Callable<T> work, Consumer<? super T> ok,
                                Consumer<? super Throwable> failed) {
            if ("board-first".equals(key)) {
                inline.refresh(key, work, ok, failed);
            } else {
                deferred.add(() -> inline.refresh(key, work, ok, failed));
            }
        }

        @Override
        public <T> Job job(String title, boolean writes, Job.Work<T> work, Consumer<? super T> ok,
                           Consumer<? super Throwable> failed) {
            return inline.job(title, writes, work, ok, failed);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return inline.busyProperty();
        }

        @Override
        public ReadOnlyObjectProperty<Job> currentJobProperty() {
            return inline.currentJobProperty();
        }

        void runDeferred() {
            deferred.forEach(Runnable::run);
        }
    }

    /** Delivers each event at once and adds how long its handling took (wall clock, this thread's CPU). */
    private static java.util.concurrent.Executor timed(List<Double> times, List<Double> cpuTimes) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return delivery -> {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            delivery.run();
            times.add((System.nanoTime() - start) / 1e6);
            cpuTimes.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        };
    }

    private static List<Double> measure(int runs, Consumer<Integer> change) {
        for (int i = 0; i < 10; i++) {
            change.accept(i);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            change.accept(i);
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    private static double median(List<Double> times) {
        return percentile(times, 50);
    }

    private static double percentile(List<Double> times, int p) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void row(StringBuilder report, String name, List<Double> times, String target) {
        report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s |%n", name, times.size(), median(times),
                percentile(times, 99), target));
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind does no harm
        }
    }
}
