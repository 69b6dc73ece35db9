package org.incidentdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.audit.Checkpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit checkpoint [--out FILE]}: writes the chain's state out of the database and prints its paper code. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = "Write an audit checkpoint (and print a code to copy onto paper). 写审计检查点并打印纸面校验码。")
final class AuditCheckpointCommand implements Callable<Integer> {
    @ParentCommand
    AuditCommand audit;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also append it to this file (removable media). 同时写入此文件（移动介质）。")
    Path out;

    @Override
    public Integer call() {
        return audit.root.withServices(spec, (services, messages, printer) -> {
            Checkpoint checkpoint = out == null ? services.audit().checkpointOnRequest() : services.audit().checkpointTo(out);
            printer.println(messages.get("audit.cli.checkpoint", checkpoint.seq(), checkpoint.count(),
                    checkpoint.hash()));
            printer.println(messages.get("audit.cli.paperCode", checkpoint.shortCode()));
            return 0;
        });
    }
}
