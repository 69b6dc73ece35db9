package org.incidentdesk.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The installed program (the .deb in /opt/incidentdesk): cold start of a new process until the main window is
 * mapped, with the shipped AOT cache (the launcher's own options) and without it ({@code -XX:AOTMode=off} through
 * JAVA_TOOL_OPTIONS, which the JVM reads after the launcher), against a bare JavaFX window with a table on the same
 * installed runtime; and the installed size. Needs the package installed, Xvfb with a window manager and xdotool;
 * run after {@code mvn -q test-compile}:
 * {@code DISPLAY=:98 java -cp target/test-classes org.incidentdesk.benchmark.InstalledStartupBenchmark [runs]}.
 * Writes {@code assets/benchmarks/installed.md}.
 */
public final class InstalledStartupBenchmark {
    private static final Path INSTALL = Path.of("/opt/incidentdesk");

    private InstalledStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        if (System.getenv("DISPLAY") == null || !Files.isExecutable(INSTALL.resolve("bin/IncidentDesk"))) {
            throw new IllegalStateException("needs DISPLAY (Xvfb and a window manager) and the .deb installed");
        }
        Path dataDir = Files.createTempDirectory("incidentdesk-installed-benchmark");
        WindowTimer timer = new WindowTimer(dataDir);
        List<String> workstation = List.of(INSTALL.resolve("bin/IncidentDesk").toString(), "--data-dir", dataDir.toString());
        List<String> bare = List.of(INSTALL.resolve("lib/runtime/bin/java").toString(),
                "--enable-native-access=javafx.graphics", "-cp", Path.of("target", "test-classes").toAbsolutePath().toString(),
                "org.incidentdesk.benchmark.BareTableWindow");
        Map<String, String> noCache = Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=off");

        timer.workstation(workstation, Map.of()); // creates and seeds the data directory; not counted
        List<Double> bareMapped = new ArrayList<>();
        List<Double> cachedMapped = new ArrayList<>();
        List<Double> cachedReady = new ArrayList<>();
        List<Double> plainMapped = new ArrayList<>();
        List<Double> plainReady = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // interleaved, so a change in the machine's load hits all three alike
            bareMapped.add(timer.window(bare, "^" + BareTableWindow.TITLE + "$"));
            WindowTimer.Sample cached = timer.workstation(workstation, Map.of());
            cachedMapped.add(cached.mappedSeconds());
            cachedReady.add(cached.readySeconds());
            WindowTimer.Sample plain = timer.workstation(workstation, noCache);
            plainMapped.add(plain.mappedSeconds());
            plainReady.add(plain.readySeconds());
            System.out.printf("run %d: bare %.2f s, with cache %.2f s, without %.2f s%n", i + 1, bareMapped.getLast(),
                    cachedMapped.getLast(), plainMapped.getLast());
        }
        double bareMedian = BenchmarkReport.median(bareMapped);
        new BenchmarkReport("Installed program (.deb): start-up and size",
                "DISPLAY=:98 java -cp target/test-classes org.incidentdesk.benchmark.InstalledStartupBenchmark " + runs)
                .line("The .deb built by `mvn -Pinstaller package`, installed with `dpkg -i` into " + INSTALL + ". Each"
                        + " run starts a new process (the JVM is cold; the machine's file cache is not emptied) and"
                        + " polls `xdotool search --onlyvisible` every 10 ms until the window is mapped. The workstation"
                        + " runs on a data directory created by one uncounted start. \"With the AOT cache\" is the"
                        + " installed launcher as it ships; \"without\" is the same launcher with"
                        + " `JAVA_TOOL_OPTIONS=-XX:AOTMode=off`; the bare window (a table, `BareTableWindow`) runs on"
                        + " the installed runtime `lib/runtime/bin/java`. The three are interleaved.")
                .line("")
                .line(BenchmarkReport.tableHeader())
                .line(BenchmarkReport.row("bare JavaFX window, installed runtime: mapped", bareMapped, "s"))
                .line(BenchmarkReport.row("installed, AOT cache: mapped", cachedMapped, "s"))
                .line(BenchmarkReport.row("installed, AOT cache: ready (JVM uptime)", cachedReady, "s"))
                .line(BenchmarkReport.row("installed, no AOT cache: mapped", plainMapped, "s"))
                .line(BenchmarkReport.row("installed, no AOT cache: ready (JVM uptime)", plainReady, "s"))
                .line("")
                .line("- ratio to the bare window (medians): with the cache **%.2f×**, without **%.2f×**".formatted(
                        BenchmarkReport.median(cachedMapped) / bareMedian, BenchmarkReport.median(plainMapped) / bareMedian))
                .line("- the cache saves %.0f %% of the time to the window (medians)".formatted(
                        100 * (1 - BenchmarkReport.median(cachedMapped) / BenchmarkReport.median(plainMapped))))
                .line("")
                .line("Installed size:")
                .line("")
                .line("| part | MiB |")
                .line("|---|---|")
                .line(sizeRow("all of " + INSTALL, INSTALL))
                .line(sizeRow("Java runtime (jlink, with JavaFX)", INSTALL.resolve("lib/runtime")))
                .line(sizeRow("program and libraries (jars)", jars(INSTALL.resolve("lib/app"))))
                .line(sizeRow("font faces (lib/app/fonts)", INSTALL.resolve("lib/app/fonts")))
                .line(sizeRow("AOT cache (lib/app/incidentdesk.aot)", INSTALL.resolve("lib/app/incidentdesk.aot")))
                .line("| dpkg's Installed-Size | %.1f |".formatted(dpkgInstalledKib() / 1024.0))
                .line(debRow())
                .write(Path.of("assets", "benchmarks", "installed.md"));
        System.out.println("written to assets/benchmarks/installed.md");
    }

    private static List<Path> jars(Path dir) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "*.jar")) {
            all.forEach(jars::add);
        }
        return jars;
    }

    private static String sizeRow(String name, Path path) throws IOException {
        return sizeRow(name, List.of(path));
    }

    private static String sizeRow(String name, List<Path> paths) throws IOException {
        long bytes = 0;
        for (Path path : paths) {
            try (Stream<Path> walk = Files.walk(path)) {
                bytes += walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
        }
        return "| %s | %.1f |".formatted(name, bytes / (1024.0 * 1024));
    }

    private static long dpkgInstalledKib() throws Exception {
        Process query = new ProcessBuilder("dpkg-query", "-W", "-f=${Installed-Size}", "incidentdesk").start();
        String out = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        query.waitFor();
        return Long.parseLong(out);
    }

    private static String debRow() throws IOException {
        Path packages = Path.of("target", "installer", "packages");
        try (DirectoryStream<Path> debs = Files.newDirectoryStream(packages, "incidentdesk_*.deb")) {
            for (Path deb : debs) {
                return "| the .deb file (%s) | %.1f |".formatted(deb.getFileName(), Files.size(deb) / (1024.0 * 1024));
            }
        }
        return "| the .deb file | not found in " + packages + " |";
    }
}
