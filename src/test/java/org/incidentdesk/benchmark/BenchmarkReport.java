package org.incidentdesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures file every {@code XxxBenchmark} writes to {@code assets/benchmarks/xxx.md}: what was measured, on
 * which machine and JDK, when, with which command, and the samples summarised as median and percentiles.
 */
final class BenchmarkReport {
    private final String title;
    private final String command;
    private final List<String> body = new ArrayList<>();

    BenchmarkReport(String title, String command) {
        this.title = title;
        this.command = command;
    }

    /** The value at percentile {@code p} (0–100) of {@code samples}, nearest rank. */
    static double percentile(List<Double> samples, double p) {
        List<Double> sorted = samples.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double median(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    BenchmarkReport line(String text) {
        body.add(text);
        return this;
    }

    /** One table row: the case, its sample count, median, p90, min and max in {@code unit}. */
    static String row(String name, List<Double> samples, String unit) {
        return "| %s | %d | %.2f %s | %.2f %s | %.2f %s | %.2f %s |".formatted(name, samples.size(),
                median(samples), unit, percentile(samples, 90), unit, samples.stream().mapToDouble(d -> d).min()
                        .orElseThrow(), unit, samples.stream().mapToDouble(d -> d).max().orElseThrow(), unit);
    }

    static String tableHeader() {
        return "| case | runs | median | p90 | min | max |\n|---|---|---|---|---|---|";
    }

    void write(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("# " + title);
        out.add("");
        out.add("- date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.add("- machine: " + machine());
        out.add("- JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.home") + ")");
        out.add("- command: `" + command + "`");
        out.add("");
        out.addAll(body);
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "%s, %s %s %s, %d CPUs, load average %.1f at the start".formatted(host, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
