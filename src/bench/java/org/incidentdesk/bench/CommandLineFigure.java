package org.incidentdesk.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.incident.Intake;

/**
 * {@code incident list}, a whole process from the command line, against the floor {@link CountIncidents} (JVM +
 * H2 on the same file); then the same command on an AOT cache trained by one run of it.
 */
final class CommandLineFigure implements Figure {
    private static final int INCIDENTS = 60;

    @Override
    public String id() {
        return "cli";
    }

    @Override
    public String title() {
        return "Command line: `incident list`";
    }

    @Override
    public String method() {
        return "Whole process, from start to exit, of `java -jar target/incidentdesk.jar --data-dir D incident list` "
                + "on a data directory with the demo office and " + INCIDENTS + " incidents (made in-process before, "
                + "not counted), against a minimal Java program (`CountIncidents`, only the H2 jar on its class path) "
                + "that opens the same H2 file and counts the incidents: the floor is the JVM and H2. Peak memory is "
                + "the process's peak resident set (GNU time). The AOT row uses a JDK 25 AOT cache written by one "
                + "training run of the same command (`-XX:AOTCacheOutput`), as the installed program's launcher "
                + "would load it; its floor is the same program without a cache.";
    }

    @Override
    public List<Row> measure(BenchRun run) throws Exception {
        Path dataDir = run.freshDirectory("cli-office");
        try (AppContext context = AppContext.openEmbedded(dataDir, Clock.systemUTC(), SeededOffice.ZONE)) {
            for (int i = 0; i < INCIDENTS; i++) {
                context.incidents().intake(Intake.quick("网传某小区停水第 " + (i + 1) + " 次", "inquiry"));
            }
        }
        Path h2 = Files.list(run.jar().resolveSibling("lib")).filter(p -> p.getFileName().toString().startsWith("h2-"))
                .findFirst().orElseThrow();
        String benchClasses = Path.of(CountIncidents.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> floor = List.of(run.java(), "-cp", h2 + File.pathSeparator + benchClasses,
                CountIncidents.class.getName(), dataDir.toString());
        List<String> list = List.of(run.java(), "-jar", run.jar().toString(), "--data-dir", dataDir.toString(),
                "incident", "list");
        Path cache = run.scratch().resolve("cli.aot");
        Files.deleteIfExists(cache);
        List<String> training = new ArrayList<>(list);
        training.add(1, "-XX:AOTCacheOutput=" + cache);
        Processes.run(training, run.scratch(), Map.of());
        List<String> cached = new ArrayList<>(list);
        cached.add(1, "-XX:AOTCache=" + cache);
        Processes.run(list, run.scratch(), Map.of()); // warms the file cache; not counted

        List<Double> listSeconds = new ArrayList<>();
        List<Double> listPeak = new ArrayList<>();
        List<Double> floorPeak = new ArrayList<>();
        BenchRun.Pair plain = run.interleave(run.runs(), () -> {
            Processes.Timed t = Processes.run(list, run.scratch(), Map.of());
            if (!t.output().contains("2026-")) {
                throw new IllegalStateException("incident list printed no incident:\n" + t.output());
            }
            listPeak.add(t.peakMb());
            return t.seconds();
        }, () -> {
            Processes.Timed t = Processes.run(floor, run.scratch(), Map.of());
            if (!t.output().strip().equals(String.valueOf(INCIDENTS))) {
                throw new IllegalStateException("CountIncidents printed " + t.output());
            }
            floorPeak.add(t.peakMb());
            return t.seconds();
        });
        listSeconds.addAll(plain.measured());
        BenchRun.Pair withCache = run.interleave(run.runs(),
                () -> Processes.run(cached, run.scratch(), Map.of()).seconds(),
                () -> Processes.run(floor, run.scratch(), Map.of()).seconds());
        List<Row> rows = new ArrayList<>();
        rows.add(limits(Row.of("`incident list`, whole process", Samples.of("s", listSeconds),
                "JVM + H2 counting the incidents", Samples.of("s", plain.reference()), new Target.RatioAtMost(2.0))));
        rows.add(limits(Row.of("`incident list` on its AOT cache", Samples.of("s", withCache.measured()),
                "JVM + H2 counting the incidents", Samples.of("s", withCache.reference()),
                new Target.RatioAtMost(2.0))));
        if (!Double.isNaN(listPeak.getFirst())) {
            rows.add(Row.of("`incident list`, peak resident set", Samples.of("MB", listPeak),
                    "JVM + H2 counting the incidents", Samples.of("MB", floorPeak), new Target.None()));
        }
        return rows;
    }

    private static Row limits(Row row) {
        if (row.verdict() != Target.Verdict.MISSED) {
            return row;
        }
        // -Xlog:class+load and JFR of `incident list` (2026-12-07, demo office + 20 incidents; shared machine, load
        // 12-15, so CPU time (user + sys, GNU time) was compared, interleaved, 5 runs each): before, 5,127 classes
        // and 3.85 s CPU against the floor's 0.84 s; the command tree (picocli building every command's model by
        // reflection: a third of the main thread's samples), logback reading logback.xml (526 logback classes and the
        // JDK's SAX parser: a ninth), the 19 message bundles each looked up as classes first across every jar, H2's
        // first connection (as in the floor), jOOQ's DSL and first query. After building only the commands the
        // arguments name (cli.Subcommands), logging set up in code (app.LogConfiguration) and the bundles read as
        // properties only: 4,615 classes, 3.01 s CPU (-22 %), peak 147 MB instead of 168 MB; with the font library
        // choosing its faces on first use and main merged, 3.88 s -> 3.05 s CPU, wall 6.31 s -> 4.80 s against the
        // floor's 1.45 s (load 10-12), and on AOT caches trained the same way 1.56 s -> 1.25 s CPU. Flyway was already
        // skipped when the schema is current (store.CurrentSchema). What is left is libraries the command uses.
        return row.limitedBy("the JVM loading and initialising the libraries the command uses (about 4,600 classes "
                + "against the floor's H2 alone): jOOQ (its DSL and first query), picocli with the root and the one "
                + "command named, logback, H2 itself. Removed from every command: Flyway's validation (skipped when "
                + "the schema is current), picocli building the models of the commands not named, logback's XML "
                + "configuration, the class-path search for message bundles, the font folders walked (and customary faces "
                + "parsed) at every start (CPU per command 3.88 s -> 3.05 s against the floor's 0.93 s, 1.56 s -> "
                + "1.25 s on an AOT cache, measured interleaved on the shared machine). The AOT cache row shows what is "
                + "left when those classes come loaded and linked from a cache; the installed program's launcher "
                + "loads one (trained by the window, which loads the same libraries).");
    }
}
