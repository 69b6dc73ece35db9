package org.incidentdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a whole process and times it from start to exit; where GNU time is installed ({@code /usr/bin/time}) also
 * its peak resident set (the largest of the process and the children it waited for, e.g. LibreOffice's
 * {@code soffice.bin}).
 */
final class Processes {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** Seconds from start to exit, and the peak resident set in MB (NaN where it could not be read). */
    record Timed(double seconds, double peakMb, String output) {
    }

    private Processes() {
    }

    static boolean canMeasurePeak() {
        return Files.isExecutable(GNU_TIME);
    }

    static Timed run(List<String> command, Path workDir, Map<String, String> environment) throws Exception {
        Path peakFile = Files.createTempFile("bench-peak", ".txt");
        Path outFile = Files.createTempFile("bench-out", ".txt");
        try {
            List<String> full = new ArrayList<>();
            if (canMeasurePeak()) {
                full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", peakFile.toString()));
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(outFile.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not end within 10 minutes: " + String.join(" ", command));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String output = Files.readString(outFile, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + " from " + String.join(" ", command)
                        + ":\n" + output);
            }
            return new Timed(seconds, peakMb(peakFile), output);
        } finally {
            Files.deleteIfExists(peakFile);
            Files.deleteIfExists(outFile);
        }
    }

    private static double peakMb(Path peakFile) throws IOException {
        List<String> lines = Files.readAllLines(peakFile);
        for (String line : lines.reversed()) {
            if (line.strip().matches("\\d+")) {
                return Long.parseLong(line.strip()) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** The resident set of a running process in MB, from /proc (NaN where there is none). */
    static double residentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
