package org.incidentdesk.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes BENCHMARKS.md from the outcomes: nothing in the file is written by hand. */
final class BenchmarksFile {
    private final Scale scale;
    private final Set<String> only;
    private final Instant started;
    private final double loadAtStart;
    private final List<Outcome> outcomes;
    private Duration took;

    BenchmarksFile(Scale scale, Set<String> only, Instant started, double loadAtStart, List<Outcome> outcomes) {
        this.scale = scale;
        this.only = only;
        this.started = started;
        this.loadAtStart = loadAtStart;
        this.outcomes = List.copyOf(outcomes);
    }

    BenchmarksFile finished(Duration took) {
        this.took = took;
        return this;
    }

    /** The Maven command that reproduces the whole run, or one figure of it. */
    String command(String figureId) {
        StringBuilder command = new StringBuilder("mvn -B -Pbench package");
        if (!"full".equals(scale.name())) {
            command.append(" -Dbench.scale=").append(scale.name());
        }
        Scale base = Scale.named(scale.name());
        if (scale.runs() != base.runs()) {
            command.append(" -Dbench.runs=").append(scale.runs());
        }
        if (scale.size() != base.size()) {
            command.append(" -Dbench.size=").append(scale.size());
        }
        if (figureId != null) {
            command.append(" -Dbench.only=").append(figureId);
        } else if (!only.isEmpty()) {
            command.append(" -Dbench.only=").append(String.join(",", only.stream().sorted().toList()));
        }
        return command.toString();
    }

    void write(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("# Benchmarks");
        out.add("");
        out.add("Written by `org.incidentdesk.bench.Harness` (src/bench/java); do not edit by hand — run the command "
                + "below again. Each figure is measured beside its reference in the same run, interleaved (one run of "
                + "each in turn), and reported as the ratio of the medians, because the build machine is shared. A "
                + "figure marked **noisy** was taken while other processes competed for the CPU: they used more than "
                + String.format(Locale.ROOT, "%.1f", Outcome.OTHER_WORK_LIMIT) + " of a core on average (the "
                + "machine's busy time from /proc/stat less that of the harness and every process it started), or, "
                + "where that cannot be read, the one-minute load average exceeded the number of cores. The load "
                + "average alone cannot decide it: a figure that starts JVMs raises it above two cores by its own "
                + "threads. A noisy figure's absolute times are not to be trusted and even its ratio only roughly.");
        out.add("");
        out.add("- date: " + started.truncatedTo(ChronoUnit.SECONDS) + (took == null ? " (run still going or ended early)"
                : String.format(Locale.ROOT, "; the whole run took %d min %d s", took.toMinutes(), took.toSecondsPart())));
        out.add("- program: commit " + Commit.describe(Path.of(System.getProperty("bench.root", "."))));
        out.add("- machine: " + machine());
        out.add("- JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + ", " + System.getProperty("java.vm.name") + " (" + System.getProperty("java.home") + ")");
        out.add(String.format(Locale.ROOT, "- scale: %s (%d runs of each figure and its reference; data at %.0f %% of "
                + "the issue's sizes)", scale.name(), scale.runs(), scale.size() * 100));
        out.add(String.format(Locale.ROOT, "- load average (1 min) at the start: %.2f on %d cores", loadAtStart,
                LoadAverage.cores()));
        out.add("- command: `" + command(null) + "`");
        out.add("");
        out.add("## Summary");
        out.add("");
        out.add("| figure | measured (median) | reference (median) | ratio | target | verdict | load before → after (highest); other work |");
        out.add("|---|---|---|---|---|---|---|");
        for (Outcome o : outcomes) {
            if (o.rows().isEmpty()) {
                out.add("| " + o.figure().title() + " | " + (o.skipped() != null ? "skipped: " + o.skipped()
                        : "failed: " + o.failed()) + " | | | | | " + load(o) + " |");
            }
            for (Row r : o.rows()) {
                out.add("| " + r.what() + " | " + r.measured().format(r.measured().median()) + " | "
                        + (r.reference() == null ? "—" : r.reference().format(r.reference().median()) + " ("
                        + r.referenceName() + ")") + " | " + ratio(r) + " | " + r.target().describe(r.measured().unit()) + " | "
                        + verdict(r, o) + " | " + load(o) + " |");
            }
        }
        for (Outcome o : outcomes) {
            out.add("");
            out.addAll(section(o));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private List<String> section(Outcome o) {
        List<String> out = new ArrayList<>();
        out.add("## " + o.figure().title());
        out.add("");
        out.add(o.figure().method());
        out.add("");
        out.add("- reproduce: `" + command(o.figure().id()) + "`");
        out.add(String.format(Locale.ROOT, "- load average: %.2f before, %.2f after, %.2f highest; %d cores; other "
                + "processes used %s%s", o.loadBefore(), o.loadAfter(), o.loadHighest(), LoadAverage.cores(),
                otherWork(o), o.noisy() ? " — **noisy: other work competed for the CPU while this figure was taken**"
                : ""));
        out.add(String.format(Locale.ROOT, "- took %d s", o.took().toSeconds()));
        if (o.skipped() != null) {
            out.add("- **skipped**: " + o.skipped());
        }
        if (o.failed() != null) {
            out.add("- **failed**: " + o.failed());
        }
        if (!o.rows().isEmpty()) {
            out.add("");
            out.add("| what | median | spread | reference | reference median | reference spread | ratio | target | verdict |");
            out.add("|---|---|---|---|---|---|---|---|---|");
            for (Row r : o.rows()) {
                out.add("| " + r.what() + " | " + r.measured().format(r.measured().median()) + " | "
                        + r.measured().spread() + " | " + (r.reference() == null ? "—" : r.referenceName()) + " | "
                        + (r.reference() == null ? "—" : r.reference().format(r.reference().median())) + " | "
                        + (r.reference() == null ? "—" : r.reference().spread()) + " | " + ratio(r) + " | "
                        + r.target().describe(r.measured().unit()) + " | " + verdict(r, o) + " |");
            }
            for (Row r : o.rows()) {
                if (r.limits() != null) {
                    out.add("");
                    out.add("*" + r.what() + "*: " + r.limits());
                }
            }
        }
        return out;
    }

    private static String ratio(Row r) {
        return Double.isNaN(r.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f×", r.ratio());
    }

    private static String verdict(Row r, Outcome o) {
        String verdict = switch (r.verdict()) {
            case MET -> "met";
            case MISSED -> "**missed**";
            case NONE -> "—";
        };
        return o.noisy() ? verdict + " (noisy)" : verdict;
    }

    private static String load(Outcome o) {
        return String.format(Locale.ROOT, "%.1f → %.1f (%.1f); %s%s", o.loadBefore(), o.loadAfter(), o.loadHighest(),
                otherWork(o), o.noisy() ? " **noisy**" : "");
    }

    private static String otherWork(Outcome o) {
        return Double.isNaN(o.otherCores()) ? "not measurable here"
                : String.format(Locale.ROOT, "%.2f cores", o.otherCores());
    }

    private static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return String.format(Locale.ROOT, "%s, %s %s %s, %d cores (%s), %s RAM", host, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), LoadAverage.cores(),
                procLine("/proc/cpuinfo", "model name"), memory());
    }

    private static String procLine(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static String memory() {
        String total = procLine("/proc/meminfo", "MemTotal");
        try {
            return String.format(Locale.ROOT, "%.1f GB", Long.parseLong(total.replaceAll("\\D", "")) / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }
}
