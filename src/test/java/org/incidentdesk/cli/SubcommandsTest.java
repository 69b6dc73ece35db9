package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.incidentdesk.app.TempDirCliEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SubcommandsTest {
    @TempDir
    Path dataDir;

    @Test
    void aStartBuildsOnlyTheCommandsItsArgumentsName() {
        assertEquals(List.of(Subcommands.INCIDENT), Subcommands.namedIn(List.of("--data-dir", "d", "incident", "list")));
        // a value that is a command's name: that command is there, so it parses as it did with every command built
        assertEquals(List.of(Subcommands.ROSTER, Subcommands.INCIDENT),
                Subcommands.namedIn(List.of("incident", "new", "--title", "roster", "--category", "inquiry")));
        assertEquals(Subcommands.ALL, Subcommands.namedIn(List.of("--data-dir", "d")), "the window: every command");
        assertEquals(Subcommands.ALL, Subcommands.namedIn(List.of("incident", "list", "--help")),
                "help lists the commands");
        CommandLine tree = RootCommand.commandLine(environment(), writer(), writer(), List.of("incident", "list"));
        assertEquals(List.of("incident"), List.copyOf(tree.getSubcommands().keySet()));
    }

    @Test
    void everyCommandIsInTheFullTreeUnderItsName() {
        CommandLine full = RootCommand.commandLine(environment(), writer(), writer());
        assertEquals(Subcommands.ALL.stream().map(Subcommands::commandName).toList(),
                List.copyOf(full.getSubcommands().keySet()));
    }

    @Test
    void aMistakeTheRootReportsReadsAsWithEveryCommandBuilt() {
        String[] args = {"--bogus", "incident", "list"};
        StringWriter fullErr = new StringWriter();
        int fullExit = RootCommand.commandLine(environment(), writer(), new PrintWriter(fullErr, true)).execute(args);
        StringWriter partialErr = new StringWriter();
        int partialExit = RootCommand.commandLine(environment(), writer(), new PrintWriter(partialErr, true),
                List.of(args)).execute(args);
        assertNotEquals(0, fullExit);
        assertEquals(fullExit, partialExit);
        // the root's usage after the mistake lists every command, not only the one named
        assertEquals(fullErr.toString(), partialErr.toString());
        assertTrue(partialErr.toString().contains("account"), partialErr.toString());
    }

    private TempDirCliEnvironment environment() {
        return new TempDirCliEnvironment(dataDir, Clock.systemUTC());
    }

    private static PrintWriter writer() {
        return new PrintWriter(new StringWriter(), true);
    }
}
