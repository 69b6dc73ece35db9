package org.incidentdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;

/** {@code incidentdesk review list|show|open}: after-action reviews and their figures, for scripts and checks. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "After-action reviews: list with figures, show one, open one. 总结评估：列表与统计、详情、开始。",
        subcommands = {ReviewListCommand.class, ReviewShowCommand.class, ReviewOpenCommand.class})
public final class ReviewCommand {
    @ParentCommand
    RootCommand root;

    static CommandLine create() {
        return new CommandLine(new ReviewCommand());
    }

    int run(CommandSpec spec, RootCommand.Work work) {
        return root.withServices(spec, work);
    }
}
