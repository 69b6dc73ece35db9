package org.incidentdesk.cli;

import org.incidentdesk.service.importing.OutputTarget;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentdesk.service.warning.WarningHistoryExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code warning history [--incident N] --out F.csv}: the warnings' history as CSV, the office's or one incident's. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Export the warnings' history as CSV. 导出预警记录（CSV）。")
final class WarningHistoryCommand implements Callable<Integer> {
    @ParentCommand
    WarningCommand warning;

    @Spec
    CommandSpec spec;

    @Option(names = "--incident", paramLabel = "N", description = "Only this incident's warnings, e.g. 2026-001. 仅该事件。")
    String incident;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write. 输出文件。")
    Path out;

    @Override
    public Integer call() {
        OutputTarget.check(out);
        return warning.run(spec, (services, messages, printer) -> {
            Long incidentId = incident == null ? null : IncidentArgument.id(services, "--incident", incident);
            int rows = new WarningHistoryExport(services.warnings(), services.zone()).export(out, incidentId);
            printer.println(messages.get("warning.cli.exported", rows, out));
            return 0;
        });
    }
}
