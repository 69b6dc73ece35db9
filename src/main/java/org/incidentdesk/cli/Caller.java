package org.incidentdesk.cli;

import java.io.Console;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who ran the command, as far as a command may look at it: the working directory relative paths are resolved
 * against, the environment variables the program reads, standard input in its charset, and the terminal a
 * password can be typed at. A command the window runs for a command line process (forwarded over the window's
 * channel) gets that process's, not the window's: {@code WindowCliEnvironment} answers
 * {@link CliEnvironment#variable}, {@link CliEnvironment#standardInput} and {@link CliEnvironment#readPassword}
 * from here.
 *
 * @param workingDirectory absolute
 * @param variables        only those {@link #isForwarded forwarded}
 * @param charset          what the caller's terminal writes and reads
 */
public record Caller(Path workingDirectory, Map<String, String> variables, InputStream stdin, Charset charset,
                     Terminal terminal) {
    /** The program's own variables start with this; only they (and the data directory's) reach the window. */
    public static final String VARIABLE_PREFIX = "INCIDENTDESK_";

    /** Where a password is typed without echo. */
    @FunctionalInterface
    public interface Terminal {
        /** What was typed after {@code prompt}; null when there is no terminal to ask at. */
        char[] readPassword(String prompt);
    }

    public Caller {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("working directory must be absolute: " + workingDirectory);
        }
        variables = Map.copyOf(variables);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(terminal, "terminal");
    }

    /** This process: its working directory, its own variables, its standard input and its console. */
    public static Caller thisProcess() {
        Console console = System.console();
        return new Caller(Path.of("").toAbsolutePath(), forwardedOf(System.getenv()), System.in,
                console != null ? console.charset() : Charset.defaultCharset(),
                prompt -> console == null || !console.isTerminal() ? null : console.readPassword("%s", prompt));
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
