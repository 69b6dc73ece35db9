package org.incidentdesk.cli;

import java.util.Arrays;
import java.util.List;
import org.incidentdesk.domain.warning.Warning;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;

/** {@code incidentdesk warning list|show|issue|adjust|lift|approve|history}: the office's warnings (预警). */
@Command(name = "warning", mixinStandardHelpOptions = true,
        description = "Warnings: list, show with history and notices, issue, adjust, lift, approve, export the history. "
                + "预警：列表、详情（记录与通知）、发布、调整、解除、批准、导出记录。",
        subcommands = {WarningListCommand.class, WarningShowCommand.class, WarningIssueCommand.class,
                WarningAdjustCommand.class, WarningLiftCommand.class, WarningApproveCommand.class,
                WarningHistoryCommand.class})
public final class WarningCommand {
    @ParentCommand
    RootCommand root;

    static CommandLine create() {
        return new CommandLine(new WarningCommand());
    }

    int run(CommandSpec spec, RootCommand.Work work) {
        return root.withServices(spec, work);
    }

    /** Items or measures as typed: each option once per line, or several in one separated by ；or a line break. */
    static List<String> lines(List<String> typed) {
        return typed == null ? List.of() : typed.stream().flatMap(t -> Arrays.stream(t.split("[；;\\n]")))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** "2026-Y001  II 重大  生效中  scope": one line of a list. */
    static String line(Warning w, String level, String status) {
        return String.join("  ", w.number(), level, status, w.scope());
    }
}
