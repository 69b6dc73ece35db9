package org.incidentdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.warning.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code warning list [--json]}: every warning, newest first, with the office's overall level. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the warnings. 列出预警。")
final class WarningListCommand implements Callable<Integer> {
    @ParentCommand
    WarningCommand warning;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array. 以 JSON 输出。")
    boolean json;

    @Override
    public Integer call() {
        return warning.run(spec, (services, messages, out) -> {
            List<Warning> all = services.warnings().all();
            if (json) {
                out.println(WarningJson.list(all, services.warnings(), services.zone()));
                return 0;
            }
            if (all.isEmpty()) {
                out.println(messages.get("warning.cli.none"));
                return 0;
            }
            out.println(messages.get("warning.cli.overall", services.warnings().overallLevel()
                    .map(l -> l.label()).orElse(messages.get("warning.cli.noneActive"))));
            for (Warning w : all) {
                out.println(WarningCommand.line(w, services.warnings().levelOf(w).label(), messages.name(w.status())));
            }
            return 0;
        });
    }
}
