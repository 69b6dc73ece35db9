package org.incidentdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.audit.AuditQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit export --out F.csv [--actor NAME] [--subject ID] [--from DATE] [--to DATE]}: entries as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export audit entries as CSV (the export is audited). 导出审计记录（CSV，导出本身记入审计）。")
final class AuditExportCommand implements Callable<Integer> {
    @ParentCommand
    AuditCommand audit;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file. 输出文件。")
    Path out;

    @Option(names = "--actor", paramLabel = "NAME", description = "Part of the person's name. 操作人。")
    String actor;

    @Option(names = "--subject", paramLabel = "ID", description = "An incident number (2026-001) or other id. 对象编号。")
    String subject;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day (office zone). 起始日期。")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day. 截止日期。")
    LocalDate to;

    @Override
    public Integer call() {
        return audit.root.withServices(spec, (services, messages, printer) -> {
            AuditQuery query = new AuditQuery(actor, subject,
                    from == null ? null : from.atStartOfDay(services.zone()).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(services.zone()).toInstant());
            long rows = services.audit().exportCsv(query, out, services.zone());
            printer.println(messages.get("audit.cli.exported", rows, out));
            return 0;
        });
    }
}
