package org.incidentdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code warning adjust ID --level L --reason R [--scope S] [--issuer ROLE]}: adjusts a warning in force. */
@Command(name = "adjust", mixinStandardHelpOptions = true, description = "Adjust a warning. 调整预警。")
final class WarningAdjustCommand implements Callable<Integer> {
    @ParentCommand
    WarningCommand warning;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The warning's number, e.g. 2026-Y001. 预警编号。")
    String id;

    @Option(names = "--level", paramLabel = "L", description = "The new level. 调整后的级别。")
    String level;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why. 调整理由。")
    String reason;

    @Option(names = "--scope", paramLabel = "TEXT", description = "A new scope. 新的影响范围。")
    String scope;

    @Option(names = "--items", paramLabel = "TEXT", description = "New warning items. 新的警示事项。")
    List<String> items;

    @Option(names = "--measures", paramLabel = "TEXT", description = "New measures. 新的措施。")
    List<String> measures;

    @Option(names = "--issuer", paramLabel = "ROLE", description = "The role adjusting it (default: its issuer); signed in, only a post the account's person holds."
            + " 调整岗位（签入后只能是本人担任的岗位）。")
    String issuer;

    @Override
    public Integer call() {
        return warning.run(spec, (services, messages, out) -> {
            Warning current = services.warnings().byNumberOrId(id);
            Warning adjusted = services.warnings().decisions().adjust(current.id(), new WarningDraft(List.of(), null, level, null,
                    scope, WarningCommand.lines(items), WarningCommand.lines(measures), issuer, null), reason);
            out.println(messages.get("warning.cli.adjusted", adjusted.number(),
                    services.warnings().levelOf(current).label(), services.warnings().levelOf(adjusted).label()));
            return 0;
        });
    }
}
