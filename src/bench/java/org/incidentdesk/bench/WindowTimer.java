package org.incidentdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a windowed process and times it until its window is mapped on the X display (polling
 * {@code xdotool search --onlyvisible} every 10 ms); then, while it still runs, reads its resident set. Needs a
 * display with a window manager (Xvfb and openbox) and xdotool.
 */
final class WindowTimer implements AutoCloseable {
    static final String WORKSTATION_TITLE = "^IncidentDesk";
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(300);

    private final Process process;
    private final long start;
    private final String titleRegex;

    private WindowTimer(List<String> command, Map<String, String> environment, String titleRegex) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        this.titleRegex = titleRegex;
        this.start = System.nanoTime();
        this.process = builder.start();
    }

    static WindowTimer start(List<String> command, Map<String, String> environment, String titleRegex)
            throws IOException {
        return new WindowTimer(command, environment, titleRegex);
    }

    /** Seconds from a new process's start until its window is mapped; the process is then stopped. */
    static double timeToMapped(List<String> command, Map<String, String> environment, String titleRegex)
            throws Exception {
        try (WindowTimer window = start(command, environment, titleRegex)) {
            return window.awaitMapped();
        }
    }

    /** Why windows cannot be timed here, or null when they can. */
    static String unavailable() {
        if (System.getenv("DISPLAY") == null) {
            return "no DISPLAY: run under Xvfb with a window manager (README, Benchmarks)";
        }
        if (!Files.isExecutable(Path.of("/usr/bin/xdotool"))) {
            return "xdotool is not installed (apt-get install xdotool)";
        }
        return null;
    }

    /** Seconds from the process's start until its window is mapped. */
    double awaitMapped() throws Exception {
        while (windowId() == null) {
            if (System.nanoTime() - start > TIMEOUT_NANOS || !process.isAlive()) {
                throw new IllegalStateException("no window " + titleRegex + (process.isAlive() ? " within "
                        + TimeUnit.NANOSECONDS.toSeconds(TIMEOUT_NANOS) + " s" : ": the process ended with exit "
                        + process.exitValue()));
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Types {@code keys} (xdotool's names, e.g. ctrl+3) into the window after raising it. */
    void type(String keys) throws Exception {
        String id = windowId();
        run("xdotool", "windowactivate", "--sync", id);
        run("xdotool", "key", "--clearmodifiers", keys);
    }

    /** Signs in on the window's sign-in form (its name field has the focus; Enter presses its default button). */
    void signIn(String name, String password) throws Exception {
        String id = windowId();
        run("xdotool", "windowactivate", "--sync", id);
        run("xdotool", "type", "--delay", "30", name);
        run("xdotool", "key", "Tab");
        run("xdotool", "type", "--delay", "30", password);
        run("xdotool", "key", "Return");
    }

    /**
     * The process's resident set in MB once it has settled: sampled every 500 ms until it changed by less than
     * 1 % for 15 s (or 60 s passed), so a board still loading in the background is counted.
     */
    double settledResidentMb() throws InterruptedException {
        double previous = Processes.residentMb(process.pid());
        int steady = 0;
        // steady for 15 s, three times the launcher's periodic collection interval (installer/common.args): G1
        // keeps the heap it grew while the board loaded until it has been idle 5 s, collects, and hands it back
        // after that; a reading steady for 6 s caught the grown heap on a plateau (1.3-1.5 GB against ~800 MB
        // 20 s later, 10,000 incidents, 2026-12-07)
        for (int i = 0; i < 120 && steady < 30; i++) {
            Thread.sleep(500);
            double now = Processes.residentMb(process.pid());
            steady = Math.abs(now - previous) < previous * 0.01 ? steady + 1 : 0;
            previous = now;
        }
        return previous;
    }

    private String windowId() throws Exception {
        Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", titleRegex)
                .redirectErrorStream(true).start();
        String out = new String(search.getInputStream().readAllBytes()).strip();
        return search.waitFor() == 0 && !out.isEmpty() ? out.lines().findFirst().orElseThrow() : null;
    }

    private static void run(String... command) throws Exception {
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                .waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
