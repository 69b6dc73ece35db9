package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: "every command adds a stack trace of 'Database is already closed' to incidentdesk.trace.db". Commands
 * run as the command line runs them (each opens the data directory, works and closes it) leave H2's trace file
 * without an error.
 */
class CommandTraceTest {
    @TempDir
    Path dataDir;

    @Test
    void commandsLeaveNoErrorInH2sTraceFile() throws IOException {
        String number = run("incident", "new", "--title", "跟踪文件检查", "--category", "inquiry");
        run("incident", "new", "--title", "跟踪文件再查", "--category", "inquiry");
        run("warning", "issue", "--incident", number, "--level", "II", "--scope", "全县", "--issuer", "office",
                "--reason", "检查");
        run("incident", "list");
        Path trace = dataDir.resolve(Database.EMBEDDED_FILE_NAME + ".trace.db");
        String text = Files.exists(trace) ? Files.readString(trace) : "";
        assertFalse(text.contains("already closed") || text.contains("Exception"), text);
    }

    /** Runs one command as {@code incidentdesk} does; returns its last line (a new number, where it prints one). */
    private String run(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--data-dir", dataDir.toString()),
                java.util.Arrays.stream(command)).toArray(String[]::new);
        int exit = RootCommand.commandLine(new AppEnvironment(), new PrintWriter(out), new PrintWriter(err))
                .execute(args);
        assertEquals(0, exit, String.join(" ", command) + ": " + err);
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }
}
