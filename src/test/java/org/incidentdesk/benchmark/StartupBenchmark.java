package org.incidentdesk.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time from process start until the main window is mapped on the X display, for the workstation and for a
 * bare JavaFX window with a table on the same JDK and jars, then for the workstation on its JDK 25 AOT cache.
 * Needs a display with a window manager (Xvfb and openbox) and xdotool; run after {@code mvn package}:
 * {@code java -cp target/test-classes org.incidentdesk.benchmark.StartupBenchmark [runs]}. Writes
 * {@code assets/benchmarks/startup.md}.
 */
public final class StartupBenchmark {
    private static final Path TARGET = Path.of("target");
    private static final Path AOT_CACHE = TARGET.resolve("incidentdesk.aot");
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(600);

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final Path dataDir;
    private final WindowTimer timer;

    private StartupBenchmark(Path dataDir) {
        this.dataDir = dataDir;
        this.timer = new WindowTimer(dataDir);
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("no DISPLAY: run under Xvfb with a window manager (see README, Benchmarks)");
        }
        Path dataDir = Files.createTempDirectory("incidentdesk-startup-benchmark");
        new StartupBenchmark(dataDir).run(runs);
    }

    private void run(int runs) throws Exception {
        // named, not BareTableWindow.class: this program itself runs without JavaFX on its class path
        List<String> bare = List.of(java, "-cp", TARGET.resolve("test-classes") + File.pathSeparator
                + TARGET.resolve("lib") + File.separator + "*", "org.incidentdesk.benchmark.BareTableWindow");
        List<String> workstation = List.of(java, "-jar", TARGET.resolve("incidentdesk.jar").toString(),
                "--data-dir", dataDir.toString());
        List<String> withCache = new ArrayList<>(workstation);
        withCache.add(1, "-XX:AOTCache=" + AOT_CACHE);

        timer.workstation(workstation, Map.of()); // creates and seeds the data directory; not counted
        List<Double> bareMapped = new ArrayList<>();
        List<Double> appMapped = new ArrayList<>();
        List<Double> appReady = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // interleaved, so a change in the machine's load hits both alike
            bareMapped.add(timer.window(bare, "^" + BareTableWindow.TITLE + "$"));
            WindowTimer.Sample plain = timer.workstation(workstation, Map.of());
            appMapped.add(plain.mappedSeconds());
            appReady.add(plain.readySeconds());
            System.out.printf("run %d: bare %.2f s, workstation %.2f s%n", i + 1, bareMapped.getLast(),
                    appMapped.getLast());
        }
        write(runs, bareMapped, appMapped, appReady, List.of(), List.of(), "not measured yet");

        double trainingSeconds = train();
        List<Double> aotMapped = new ArrayList<>();
        List<Double> aotReady = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            WindowTimer.Sample cached = timer.workstation(withCache, Map.of());
            aotMapped.add(cached.mappedSeconds());
            aotReady.add(cached.readySeconds());
            System.out.printf("run %d: workstation with AOT cache %.2f s%n", i + 1, aotMapped.getLast());
        }
        write(runs, bareMapped, appMapped, appReady, aotMapped, aotReady,
                "training run and cache creation took %.1f s; cache %d MB".formatted(trainingSeconds,
                        Files.size(AOT_CACHE) / (1024 * 1024)));
    }

    private static void write(int runs, List<Double> bareMapped, List<Double> appMapped, List<Double> appReady,
            List<Double> aotMapped, List<Double> aotReady, String aotNote) throws IOException {
        double ratio = BenchmarkReport.median(appMapped) / BenchmarkReport.median(bareMapped);
        BenchmarkReport report = new BenchmarkReport("Start-up: process start until the main window is mapped",
                "Xvfb :96 -screen 0 1280x720x24 & DISPLAY=:96 openbox & mvn -q package -DskipTests && "
                        + "DISPLAY=:96 java -cp target/test-classes org.incidentdesk.benchmark.StartupBenchmark " + runs)
                .line("Each run starts a new JVM and polls `xdotool search --onlyvisible --name` every 10 ms until the"
                        + " window is viewable (mapped by the window manager). The workstation runs on a data"
                        + " directory created by one uncounted run before (the demo office), as on every start after"
                        + " the first. \"Ready\" is the JVM's uptime when the database is open, migrated and the"
                        + " workspaces exist, from the workstation's log. Bare and workstation runs are interleaved;"
                        + " the AOT runs follow the training run.")
                .line("")
                .line(BenchmarkReport.tableHeader())
                .line(BenchmarkReport.row("bare JavaFX window with a table: mapped", bareMapped, "s"))
                .line(BenchmarkReport.row("workstation: mapped", appMapped, "s"))
                .line(BenchmarkReport.row("workstation: ready (JVM uptime)", appReady, "s"));
        if (!aotMapped.isEmpty()) {
            report.line(BenchmarkReport.row("workstation, AOT cache: mapped", aotMapped, "s"))
                    .line(BenchmarkReport.row("workstation, AOT cache: ready (JVM uptime)", aotReady, "s"));
        }
        report.line("")
                .line("- ratio workstation / bare window, both without an AOT cache (medians): **%.2f×** (target ≤ 1.5×)"
                        .formatted(ratio));
        if (!aotMapped.isEmpty()) {
            report.line("- ratio workstation with the AOT cache / bare window without one (medians): **%.2f×**"
                    .formatted(BenchmarkReport.median(aotMapped) / BenchmarkReport.median(bareMapped)));
        }
        report.line("- AOT cache: `java -XX:AOTCacheOutput=%s -Dincidentdesk.trainingRun=true -jar target/incidentdesk.jar"
                .formatted(AOT_CACHE) + " --data-dir …`, then `-XX:AOTCache=%s` (%s)".formatted(AOT_CACHE, aotNote))
                .write(Path.of("assets", "benchmarks", "startup.md"));
        System.out.printf("ratio %.2f; written to assets/benchmarks/startup.md%n", ratio);
    }

    /** The training run: the workstation closes itself once its first workspace has loaded. */
    private double train() throws Exception {
        Files.deleteIfExists(AOT_CACHE);
        long start = System.nanoTime();
        Process training = new ProcessBuilder(java, "-XX:AOTCacheOutput=" + AOT_CACHE,
                "-Dincidentdesk.trainingRun=true", "-jar", TARGET.resolve("incidentdesk.jar").toString(),
                "--data-dir", dataDir.toString()).inheritIO().start();
        if (!training.waitFor(TIMEOUT_NANOS, TimeUnit.NANOSECONDS) || !Files.exists(AOT_CACHE)) {
            training.destroyForcibly();
            throw new IllegalStateException("the AOT training run did not produce " + AOT_CACHE);
        }
        return (System.nanoTime() - start) / 1e9;
    }

}
