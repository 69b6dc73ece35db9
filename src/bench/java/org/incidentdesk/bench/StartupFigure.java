package org.incidentdesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.service.backup.BackupReason;

/**
 * Cold start of the workstation on the office with 10,000 incidents until its main window is mapped, against a bare
 * JavaFX window with a table on the same JDK and JavaFX (the floor), without and with an AOT cache; and the
 * resident set once the board is shown, against the bare window's.
 */
final class StartupFigure implements Figure {
    private static final Pattern READY = Pattern.compile("workstation ready (\\d+) ms after the JVM started");
    private static final Pattern SHOWN = Pattern.compile("workspaces shown (\\d+) ms after the JVM started");
    private static final Pattern SIGN_IN = Pattern.compile("the window shows its gate: SIGN_IN()");

    @Override
    public String id() {
        return "startup";
    }

    @Override
    public String title() {
        return "Cold start and memory with 10,000 incidents";
    }

    @Override
    public String method() {
        return "Each run starts a new JVM (`java -jar target/incidentdesk.jar --data-dir D` with the Java options "
                + "the installed launcher passes, from installer/common.args, as the reference is; D a copy of the "
                + "seeded office "
                + "with 10,000 incidents, every time in it moved forward by the time since it was seeded so that as "
                + "many deadlines are overdue whenever it is measured, given a scheduled backup taken just before "
                + "the runs as an office in use has one from within the day (so no run starts the first backup of "
                + "the whole file), and opened once before uncounted as on every start after the first) and polls "
                + "`xdotool search --onlyvisible` every 10 ms until the main window is mapped; the reference is "
                + "`BareTableWindow` (a JavaFX window with a three-row table) on the same JDK and JavaFX jars, "
                + "interleaved. *Ready* is the JVM's uptime when the workstation logs that the office is open (its data "
                + "read, deadlines armed, the sign-in form up; the workspaces are built once somebody signs in). "
                + "The AOT rows use a JDK 25 AOT cache from one training run on the same office "
                + "(`-XX:AOTCacheOutput`, `-Dincidentdesk.trainingRun=true`: the window closes once its first "
                + "workspace has loaded), against the bare window without a cache. *Memory*: once it is ready, a clerk "
                + "of the office (an 办公室 account seeded with it) signs in through the form (xdotool types name and "
                + "password), Ctrl+3 opens the board once the workspaces show, and the resident set (VmRSS) is read "
                + "once it has settled (changed by under 1 % for 15 s), against the bare window's, settled the same "
                + "way. (Before 2026-12-07 the office had no account: the window stayed on the first-run wizard and "
                + "the reading was of the wizard, not of the board.) The machine's file cache "
                + "is not emptied between runs (cold JVM, warm disk).";
    }

    @Override
    public List<Row> measure(BenchRun run) throws Exception {
        String unavailable = WindowTimer.unavailable();
        if (unavailable != null) {
            throw new Skipped(unavailable);
        }
        Path office = run.officeCopy(id()).dataDir();
        backedUpJustNow(office);
        List<String> jvm = new ArrayList<>(List.of(run.java()));
        jvm.addAll(run.launcherOptions()); // both as the launcher starts the program, so only the program differs
        List<String> bare = new ArrayList<>(jvm);
        bare.addAll(List.of("-cp", run.classPathWithoutProgram() + File.pathSeparator
                + run.jar().resolveSibling("lib") + File.separator + "*", BareTableWindow.class.getName()));
        List<String> workstation = new ArrayList<>(jvm);
        workstation.addAll(List.of("-jar", run.jar().toString(), "--data-dir", office.toString()));
        Path log = office.resolve("logs").resolve("incidentdesk.log");
        int before = readyCount(log);
        try (WindowTimer first = WindowTimer.start(workstation, Map.of(), WindowTimer.WORKSTATION_TITLE)) {
            first.awaitMapped(); // fonts, preferences, the file cache: not counted
            awaitReady(log, before);
        }
        List<Double> appRss = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        BenchRun.Pair plain = run.interleave(run.runs(), () -> {
            int seen = readyCount(log);
            int shown = times(log, SHOWN).size();
            int signIns = times(log, SIGN_IN).size();
            try (WindowTimer app = WindowTimer.start(workstation, Map.of(), WindowTimer.WORKSTATION_TITLE)) {
                double mapped = app.awaitMapped();
                ready.add(awaitReady(log, seen));
                await(log, SIGN_IN, signIns, "the window did not show its sign-in form");
                app.signIn(SeededOffice.CLERK, SeededOffice.CLERK_PASSWORD);
                await(log, SHOWN, shown, "the workspaces did not show after the clerk signed in");
                app.type("ctrl+3");
                Thread.sleep(2000);
                app.type("ctrl+3"); // again, harmless when the board shows: a key typed while the first workspace
                                    // was still being laid out was seen to be lost
                appRss.add(app.settledResidentMb());
                return mapped;
            }
        }, () -> {
            try (WindowTimer window = WindowTimer.start(bare, Map.of(), "^" + BareTableWindow.TITLE + "$")) {
                double mapped = window.awaitMapped();
                bareRss.add(window.settledResidentMb());
                return mapped;
            }
        });
        Path cache = run.scratch().resolve("window.aot");
        train(run, office, cache);
        List<String> cached = new ArrayList<>(workstation);
        cached.add(jvm.size(), "-XX:AOTCache=" + cache);
        List<Double> cachedReady = new ArrayList<>();
        BenchRun.Pair withCache = run.interleave(run.runs(), () -> {
            int seen = readyCount(log);
            try (WindowTimer app = WindowTimer.start(cached, Map.of(), WindowTimer.WORKSTATION_TITLE)) {
                double mapped = app.awaitMapped();
                cachedReady.add(awaitReady(log, seen));
                return mapped;
            }
        }, () -> WindowTimer.timeToMapped(bare, Map.of(), "^" + BareTableWindow.TITLE + "$"));
        String reference = "bare JavaFX window with a table";
        return List.of(
                Row.of("cold start to the mapped window, no AOT cache", Samples.of("s", plain.measured()), reference,
                        Samples.of("s", plain.reference()), new Target.RatioAtMost(1.5)),
                cached(Row.of("cold start to the mapped window, AOT cache", Samples.of("s", withCache.measured()),
                        reference + " (no cache)", Samples.of("s", withCache.reference()), new Target.RatioAtMost(1.0))),
                Row.of("cold start until the office is open (ready to sign in), no AOT cache", Samples.of("s", ready),
                        reference + " (mapped)", Samples.of("s", plain.reference()), new Target.None()),
                Row.of("cold start until ready, AOT cache", Samples.of("s", cachedReady), reference + " (mapped)",
                        Samples.of("s", withCache.reference()), new Target.None()),
                memory(Row.of("resident set with the board shown", Samples.of("MB", appRss), reference,
                        Samples.of("MB", bareRss), Target.Below.median(400))));
    }

    private static Row cached(Row row) {
        if (row.verdict() != Target.Verdict.MISSED) {
            return row;
        }
        // measured 2026-12-07 with -Xlog:class+load (a cache trained as above, the program as the launcher starts
        // it): 5,395 classes loaded before the window's native peer exists, every one of them from the cache,
        // against 1,643 for the bare window (1,177 of them from the JDK's default CDS archive, 466 from its jars);
        // the program's share: ~530 logback classes (its XML configuration, with the JDK's XML parser), picocli,
        // the shell's controls and view models, jOOQ's and H2's classes touched by the first workspace
        return row.limitedBy("what the program runs before its window shows, which a JDK 25 AOT cache does not "
                + "take away: the cache holds the classes loaded and linked and the method profiles, not compiled "
                + "code nor the objects the start builds, so the 5,395 classes the program has loaded by the time "
                + "its window exists (the bare window: 1,643) still run their static initialisers and their code "
                + "starts interpreted: the command line parsed (picocli), logging configured (then from logback.xml "
                + "with about 530 logback classes and the JDK's XML parser; set up in code since, which the count "
                + "above predates), the bundled CJK fonts registered, the preferences read, the shell's scene built. "
                + "Against a bare window without a cache, class loading taken away does not pay for that work "
                + "(measured with -Xlog:class+load, 2026-12-07).");
    }

    private static Row memory(Row row) {
        if (row.verdict() != Target.Verdict.MISSED) {
            return row;
        }
        // measured 2026-12-07 on a quiet machine, on a copy of this office (10,000 incidents; the launcher's options;
        // signed in as the clerk, Ctrl+3; VmRSS every 5 s, then jcmd GC.class_histogram, GC.heap_info and an NMT
        // summary): 520 MB on the sign-in form (137 MB of heap used); with the board shown the resident set rose to
        // 1.2-1.5 GB while the board loaded and fell to 770-860 MB 20 s later; after the histogram's full
        // collection 244 MB of heap in use (352 MB committed), NMT committed 556 MB, class metadata ~52 MB, code
        // 35 MB. The histogram's largest: byte arrays 57 MB (387,000), int arrays 24 MB, 550,000 HashMap nodes in
        // 158,000 maps (27 MB with their tables), 384,000 strings, and JavaFX's CSS caches: 196,000 calculated
        // values, 60,000 Font and PrismFont objects, 69,000 Insets
        return row.limitedBy("the live heap with 10,000 incidents on the board (244 MB in use after a full "
                + "collection, 2026-12-07; 352 MB committed) and what the JVM and JavaFX hold beside it (class metadata, "
                + "compiled code, G1's structures, mapped jars, X shared images: about 430 MB more at a reading of "
                + "780 MB). Of that heap, about 110 MB came "
                + "with the sign-in and the board (137 MB on the sign-in form), and the histogram points at styled "
                + "nodes, not the board's rows: JavaFX's CSS caches held 196,000 calculated values and 60,000 Font "
                + "objects, beside 158,000 small HashMaps; not profiled further (which nodes). The resident set rises "
                + "to 1.2-1.5 GB while the board loads (G1 grows the heap under the load's allocation) and falls to "
                + "770-860 MB once the launcher's periodic collection has run. Before 2026-12-07 this figure read "
                + "the first-run wizard, not the board (503 MB on the sign-in form at a tenth of the size).");
    }

    /**
     * A scheduled backup of the office taken now, as an office of that size in use has one from within the day:
     * without it every start began the first scheduled backup of the whole file at once, and the resident set
     * measured that copy, not the board.
     */
    private static void backedUpJustNow(Path office) {
        try (AppContext context = AppContext.openEmbedded(office, Clock.systemUTC(), SeededOffice.ZONE)) {
            context.backups().backupNow(BackupReason.SCHEDULED);
        }
    }

    /** The training run: the workstation closes itself once its first workspace has loaded. */
    private static void train(BenchRun run, Path office, Path cache) throws Exception {
        Files.deleteIfExists(cache);
        List<String> command = new ArrayList<>(List.of(run.java()));
        command.addAll(run.launcherOptions());
        command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dincidentdesk.trainingRun=true", "-jar",
                run.jar().toString(), "--data-dir", office.toString()));
        Process training = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!training.waitFor(10, TimeUnit.MINUTES) || !Files.exists(cache)) {
            training.destroyForcibly();
            throw new IllegalStateException("the AOT training run did not write " + cache);
        }
    }

    private static int readyCount(Path log) throws IOException {
        return times(log, READY).size();
    }

    /** Seconds of JVM uptime in the first ready line after the {@code seen} already in the log. */
    private static double awaitReady(Path log, int seen) throws Exception {
        return await(log, READY, seen, "the workstation did not log that it was ready");
    }

    /** Seconds of JVM uptime in the first line matching {@code line} after the {@code seen} already in the log. */
    private static double await(Path log, Pattern line, int seen, String otherwise) throws Exception {
        long start = System.nanoTime();
        List<Long> times = times(log, line);
        while (times.size() <= seen) {
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
                throw new IllegalStateException(otherwise);
            }
            Thread.sleep(20);
            times = times(log, line);
        }
        return times.get(seen) / 1000.0;
    }

    private static List<Long> times(Path log, Pattern line) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = line.matcher(text);
            if (m.find()) {
                found.add(m.group(1).isEmpty() ? 0 : Long.parseLong(m.group(1)));
            }
        }
        return found;
    }
}
