package org.incidentdesk.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.incidentdesk.service.audit.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit purge --before DATE}: removes entries older than DATE, never younger than 180 days. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Remove audit entries before DATE (at least 180 days old). 清理早于该日期的审计记录（须满180天）。")
final class AuditPurgeCommand implements Callable<Integer> {
    @ParentCommand
    AuditCommand audit;

    @Spec
    CommandSpec spec;

    @Option(names = "--before", required = true, paramLabel = "DATE", description = "yyyy-MM-dd. 日期。")
    LocalDate before;

    @Override
    public Integer call() {
        return audit.root.withServices(spec, (services, messages, printer) -> {
            AuditService.Purged purged = services.audit().purge(before, services.zone());
            printer.println(messages.get("audit.cli.purged", purged.entries(), purged.throughSeq()));
            return 0;
        });
    }
}
