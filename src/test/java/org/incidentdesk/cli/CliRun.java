package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.app.TempDirCliEnvironment;

/** One run of the command line on a data directory, as a script sees it: exit code, standard output and error. */
record CliRun(int exit, String out, String err) {

    /** The last line of standard output, e.g. the number {@code incident new} prints. */
    String lastLine() {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Runs {@code args} with {@code --data-dir dataDir} in front, on {@code clock}. */
    static CliRun of(Path dataDir, Clock clock, String... args) {
        return of(new TempDirCliEnvironment(dataDir, clock), dataDir, args);
    }

    /** As {@link #of(Path, Clock, String...)}, with these environment variables and standard input. */
    static CliRun withInput(Path dataDir, Clock clock, java.util.Map<String, String> variables, String input,
                            String... args) {
        return of(new TempDirCliEnvironment(dataDir, clock, variables, input), dataDir, args);
    }

    private static CliRun of(TempDirCliEnvironment environment, Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        // the tree a start of the program builds for these arguments (app.Main): only the commands they name
        int exit = RootCommand.commandLine(environment, new PrintWriter(out, true),
                        new PrintWriter(err, true), all)
                .execute(all.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
