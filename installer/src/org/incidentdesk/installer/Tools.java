package org.incidentdesk.installer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/** Runs the JDK's tools in this JVM and other programs as processes; a failure stops the build with its output. */
final class Tools {
    private final Path logs;

    Tools(Path logs) {
        this.logs = logs;
    }

    /** Runs jdeps, jlink or jpackage; returns what it printed. */
    String jdk(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK (a full JDK 25 is needed)"));
        System.out.println("[installer] " + tool + " " + String.join(" ", args));
        StringWriter out = new StringWriter();
        int exit;
        try (PrintWriter writer = new PrintWriter(out, true)) {
            exit = provider.run(writer, writer, args.toArray(String[]::new));
        }
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed (exit " + exit + "):\n" + out);
        }
        return out.toString();
    }

    /**
     * jpackage as a process, for the environment it passes to dpkg-deb: xz at level 1 packs the .deb in a few
     * minutes instead of a quarter of an hour on a small build machine, for a file about 10 % larger.
     */
    void jpackage(JpackageCommands.Step step) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jpackage").toString());
        command.addAll(step.args());
        runOrFail("jpackage-" + step.type().replaceAll("[^a-z0-9.-]+", "_"), command,
                Map.of("DPKG_DEB_COMPRESSOR_TYPE", "xz", "DPKG_DEB_COMPRESSOR_LEVEL", "1"), 60);
    }

    /** Runs a program, its output to {@code logs/<name>.log}; returns the exit code (killed after the timeout). */
    int run(String name, List<String> command, Map<String, String> environment, long timeoutMinutes) {
        try {
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log");
            System.out.println("[installer] " + String.join(" ", command) + "  (output: " + log + ")");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(name + " did not end within " + timeoutMinutes + " min; see " + log);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }

    void runOrFail(String name, List<String> command, Map<String, String> environment, long timeoutMinutes) {
        int exit = run(name, command, environment, timeoutMinutes);
        if (exit != 0) {
            throw new IllegalStateException(name + " failed (exit " + exit + "); see " + logs.resolve(name + ".log"));
        }
    }

    String log(String name) {
        try {
            return Files.readString(logs.resolve(name + ".log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }
}
