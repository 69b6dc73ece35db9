package org.incidentdesk.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who ran the command, as far as a command may look at it: the working directory relative paths are resolved
 * against, the environment variables the program reads, and standard input. A command run by the window for a
 * command line process (forwarded over the window's channel) gets the caller's, not the window's; so commands
 * read these here, never from {@code System.getenv}, {@code System.in} or the JVM's working directory.
 *
 * @param workingDirectory absolute
 * @param variables        only those {@link #isForwarded forwarded}
 */
public record Caller(Path workingDirectory, Map<String, String> variables, InputStream stdin) {
    /** The program's own variables start with this; only they (and the data directory's) reach the window. */
    public static final String VARIABLE_PREFIX = "INCIDENTDESK_";

    public Caller {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("working directory must be absolute: " + workingDirectory);
        }
        variables = Map.copyOf(variables);
        Objects.requireNonNull(stdin, "stdin");
    }

    /** This process: its working directory, its own variables and its standard input. */
    public static Caller thisProcess() {
        return new Caller(Path.of("").toAbsolutePath(), forwardedOf(System.getenv()), System.in);
    }

    /** The variables of {@code environment} a command may read: the program's own, and where the data lives. */
    public static Map<String, String> forwardedOf(Map<String, String> environment) {
        Map<String, String> kept = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (isForwarded(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    public static boolean isForwarded(String name) {
        return name.startsWith(VARIABLE_PREFIX) || name.equals("XDG_DATA_HOME") || name.equals("LOCALAPPDATA");
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** {@code path} against the working directory (an absolute one stays as it is). */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }
}
