package org.incidentdesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What a figure gets from the harness: the scale, the built program ({@code target/incidentdesk.jar} with its
 * {@code target/lib}), the class path of the harness itself (for reference programs such as the bare window), a
 * scratch directory, the office with 10,000 incidents shared by several figures, and interleaved repetition.
 */
public final class BenchRun {
    private final Scale scale;
    private final Path target;
    private final Path scratch;
    private SeededOffice office;

    BenchRun(Scale scale, Path target) throws IOException {
        this.scale = scale;
        this.target = target.toAbsolutePath();
        this.scratch = Files.createDirectories(this.target.resolve("bench"));
    }

    public Scale scale() {
        return scale;
    }

    public int runs() {
        return scale.runs();
    }

    /** A fresh empty directory under target/bench. */
    public Path freshDirectory(String name) throws IOException {
        Path dir = scratch.resolve(name);
        SeededOffice.delete(dir);
        return Files.createDirectories(dir);
    }

    public Path scratch() {
        return scratch;
    }

    public Path jar() {
        Path jar = target.resolve("incidentdesk.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: the bench profile runs after the package phase");
        }
        return jar;
    }

    /** The Java options the installed launcher passes, for a figure that starts a JVM as the program ships. */
    public List<String> launcherOptions() throws IOException {
        return LauncherOptions.of(target.getParent());
    }

    public String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The harness's own class path: the program, its libraries and the bench classes. */
    public String classPath() {
        return System.getProperty("java.class.path");
    }

    /** The program's libraries and the bench classes, without the program (for reference programs). */
    public String classPathWithoutProgram() {
        return String.join(File.pathSeparator, List.of(classPath().split(File.pathSeparator)).stream()
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(target.resolve("classes"))).toList());
    }

    /**
     * A copy, for one figure, of the office of {@link SeededOffice} (10,000 incidents at full size; the original is
     * seeded once and never opened by a figure), so what one figure's processes leave behind — a window closed by a
     * signal, alarms claimed, notes added — never reaches the next figure's data.
     */
    public synchronized SeededOffice officeCopy(String use) throws Exception {
        if (office == null) {
            office = SeededOffice.ensure(scratch.resolve("office-" + scale.of(SeededOffice.FULL_INCIDENTS)),
                    scale.of(SeededOffice.FULL_INCIDENTS), scale.of(SeededOffice.FULL_TIMELINE_ENTRIES));
        }
        return office.movedTo(freshDirectory(use + "-office"), java.time.Instant.now());
    }

    /** Measured and reference samples, one of each per run, alternating which goes first (so drift hits both). */
    public record Pair(List<Double> measured, List<Double> reference) {
    }

    public Pair interleave(int runs, Callable<Double> measured, Callable<Double> reference) throws Exception {
        List<Double> m = new ArrayList<>();
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                m.add(measured.call());
                r.add(reference.call());
            } else {
                r.add(reference.call());
                m.add(measured.call());
            }
            System.out.printf("  run %d/%d: %.3f against %.3f%n", i + 1, runs, m.getLast(), r.getLast());
        }
        return new Pair(m, r);
    }
}
