package org.incidentdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code drill run SCENARIO.yaml [--json OUT]}: drills (演练) on a simulated clock. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Drills on a simulated clock. 演练（模拟时钟）。", subcommands = DrillRunCommand.class)
final class DrillCommand {
    @ParentCommand
    RootCommand root;

    static CommandLine create() {
        return new CommandLine(new DrillCommand());
    }
}
