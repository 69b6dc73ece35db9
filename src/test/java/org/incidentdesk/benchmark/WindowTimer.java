package org.incidentdesk.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a new process until its window is mapped on the X display (polling {@code xdotool search --onlyvisible}
 * every 10 ms), and for the workstation also until its log says it is ready. Needs Xvfb, a window manager and
 * xdotool. Shared by the start-up benchmarks.
 */
final class WindowTimer {
    static final String WORKSTATION_TITLE = "^IncidentDesk";
    private static final Pattern READY = Pattern.compile("workstation ready (\\d+) ms after the JVM started");
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(600);

    /** Seconds to the mapped window, and the JVM's uptime when the workstation was ready (NaN for other windows). */
    record Sample(double mappedSeconds, double readySeconds) {
    }

    private final Path dataDir;

    WindowTimer(Path dataDir) {
        this.dataDir = dataDir;
    }

    double window(List<String> command, String titleRegex) throws Exception {
        long start = System.nanoTime();
        Process process = start(command, Map.of());
        try {
            awaitMapped(titleRegex, start);
            return (System.nanoTime() - start) / 1e9;
        } finally {
            stop(process);
        }
    }

    /** The workstation on this timer's data directory; {@code environment} is added to the process's. */
    Sample workstation(List<String> command, Map<String, String> environment) throws Exception {
        Path log = dataDir.resolve("logs").resolve("incidentdesk.log");
        long seenBefore = readyLines(log).size();
        long start = System.nanoTime();
        Process process = start(command, environment);
        try {
            awaitMapped(WORKSTATION_TITLE, start);
            double mapped = (System.nanoTime() - start) / 1e9;
            List<Long> ready = readyLines(log);
            while (ready.size() <= seenBefore) {
                checkTimeout(start, process);
                Thread.sleep(20);
                ready = readyLines(log);
            }
            return new Sample(mapped, ready.getLast() / 1000.0);
        } finally {
            stop(process);
        }
    }

    private static Process start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static List<Long> readyLines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                found.add(Long.parseLong(m.group(1)));
            }
        }
        return found;
    }

    private static void awaitMapped(String titleRegex, long start) throws Exception {
        while (true) {
            Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", titleRegex)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (search.waitFor() == 0) {
                return;
            }
            checkTimeout(start, null);
            Thread.sleep(10);
        }
    }

    private static void checkTimeout(long start, Process process) {
        if (System.nanoTime() - start > TIMEOUT_NANOS) {
            if (process != null) {
                process.destroyForcibly();
            }
            throw new IllegalStateException("no window within " + TimeUnit.NANOSECONDS.toSeconds(TIMEOUT_NANOS) + " s");
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
