package org.incidentdesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.stream.Collectors;

/**
 * The benchmark entry: {@code mvn -Pbench package} runs every figure of {@link Figures#ALL} and writes
 * BENCHMARKS.md at the repository root. {@code -Dbench.scale=quick} checks the harness in minutes,
 * {@code -Dbench.only=cli,store} runs some figures; both write to target/bench/ instead (a partial or quick file
 * must not stand in for the full one). {@code -Dbench.out=FILE} names the file.
 *
 * <p>Not JMH: every figure here is a ratio to a reference that must run interleaved with it in the same run, and
 * most are whole processes (start-up, the command line, LibreOffice) or seconds-long scenarios (firing lateness),
 * which JMH's forked per-operation measurements do not fit; the in-process figures warm up before they count.
 */
public final class Harness {
    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.fromProperties();
        Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        List<Figure> chosen = Figures.ALL.stream().filter(f -> only.isEmpty() || only.contains(f.id())).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("bench.only names no figure; there are: "
                    + Figures.ALL.stream().map(Figure::id).collect(Collectors.joining(", ")));
        }
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        boolean complete = only.isEmpty() && scale.isFull();
        Path out = Path.of(System.getProperty("bench.out", complete ? root.resolve("BENCHMARKS.md").toString()
                : root.resolve("target/bench/BENCHMARKS-" + scale.name()
                        + (only.isEmpty() ? "" : "-" + String.join("-", only.stream().sorted().toList())) + ".md")
                        .toString()));
        BenchRun run = new BenchRun(scale, root.resolve("target"));
        Instant started = Instant.now();
        double loadAtStart = LoadAverage.now();
        List<Outcome> outcomes = new ArrayList<>();
        for (Figure figure : chosen) {
            outcomes.add(measure(figure, run));
            new BenchmarksFile(scale, only, started, loadAtStart, outcomes).write(out); // partial results survive a crash
        }
        Duration took = Duration.between(started, Instant.now());
        new BenchmarksFile(scale, only, started, loadAtStart, outcomes).finished(took).write(out);
        System.out.printf("%s written; the run took %d min %d s%n", out, took.toMinutes(), took.toSecondsPart());
    }

    private static Outcome measure(Figure figure, BenchRun run) {
        System.out.printf("== %s (%s)%n", figure.title(), figure.id());
        DoubleAccumulator highest = new DoubleAccumulator(Math::max, LoadAverage.now());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> highest.accumulate(LoadAverage.now()), 1, 1, TimeUnit.SECONDS);
        double before = LoadAverage.now();
        OtherWork others = OtherWork.start();
        long start = System.nanoTime();
        List<Row> rows = List.of();
        String skipped = null;
        String failed = null;
        try {
            rows = figure.measure(run);
        } catch (Figure.Skipped e) {
            skipped = e.getMessage();
        } catch (Exception | Error e) {
            e.printStackTrace();
            failed = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            sampler.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Outcome outcome = new Outcome(figure, rows, skipped, failed, before, LoadAverage.now(), highest.get(),
                others == null ? Double.NaN : others.coresSinceStart(), took);
        System.out.printf("   %s in %d s%n", skipped != null ? "skipped: " + skipped : failed != null ? "failed" : "done",
                took.toSeconds());
        return outcome;
    }
}
