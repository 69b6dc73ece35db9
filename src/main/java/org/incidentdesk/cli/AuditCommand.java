package org.incidentdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code incidentdesk audit verify|checkpoint|export|purge}: the hash-chained audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail: verify, checkpoint, export, purge. 审计日志：校验、检查点、导出、清理。",
        subcommands = {AuditVerifyCommand.class, AuditCheckpointCommand.class, AuditExportCommand.class,
                AuditPurgeCommand.class})
public final class AuditCommand {
    /** {@code audit verify} found the trail tampered with (or an evidence file changed). */
    static final int EXIT_TAMPERED = 3;

    @ParentCommand
    RootCommand root;

    static CommandLine create() {
        return new CommandLine(new AuditCommand());
    }
}
