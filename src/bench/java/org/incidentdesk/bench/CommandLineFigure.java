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
        // -Xlog:class+load:uptime and JFR of `incident list` (2026-12-07, demo office, before and after): about 4,800
        // classes load where the floor loads H2's; by when each library's classes load, the start-up divides into
        // the JVM with picocli and the command tree (about a fifth), logback reading logback.xml (about an eighth,
        // with the JDK's XML parser), H2 opening the file (an eighth) and jOOQ's first query (nearly half: its
        // data-type registry and rendering machinery). Flyway (validating every script on every command, about
        // 500 classes and a fifth of the time) is now skipped when the schema is current (store.CurrentSchema).
        return row.limitedBy("the JVM loading and initialising the libraries the command uses (about 4,800 classes "
                + "against the floor's H2 alone): jOOQ's first query is nearly half of the start-up, picocli with the "
                + "command tree about a fifth, logback's XML configuration about an eighth, H2 itself an eighth. "
                + "Flyway's validation on every command was removed (skipped when the schema is current). The AOT "
                + "cache row shows what is left when those classes come loaded and linked from a cache; the installed "
                + "program's launcher loads one (trained by the window, which loads the same libraries).");
    }
}
