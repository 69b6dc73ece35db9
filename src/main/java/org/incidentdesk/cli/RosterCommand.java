package org.incidentdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code incidentdesk roster import|export}. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Contact roster: import and export. 通讯录导入导出。",
        subcommands = {RosterImportCommand.class, RosterExportCommand.class})
public final class RosterCommand implements Runnable {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    static CommandLine create() {
        return new CommandLine(new RosterCommand());
    }

    RootCommand root() {
        return root;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), root.messages().get("rosterio.cli.missingSubcommand"));
    }
}
