package org.incidentdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.audit.Finding;
import org.incidentdesk.service.audit.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code audit verify [--checkpoint FILE]…}: checks the chain, the checkpoint log and the given checkpoint files,
 * and the evidence files; prints each finding (first bad entry and what happened to it) and exits with
 * {@link AuditCommand#EXIT_TAMPERED} when there is one.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify the audit chain, checkpoints and evidence files. 校验审计链、检查点和证据文件。")
final class AuditVerifyCommand implements Callable<Integer> {
    @ParentCommand
    AuditCommand audit;

    @Spec
    CommandSpec spec;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "A checkpoint file (from removable media, or a paper code typed into a file). 检查点文件。")
    List<Path> checkpoints = List.of();

    @Override
    public Integer call() {
        return audit.root.withServices(spec, (services, messages, out) -> {
            AuditService.Verification result = services.audit().verify(checkpoints);
            for (Finding finding : result.findings()) {
                out.println(messages.get("audit.finding." + finding.kind(), finding.seq(), finding.toSeq(),
                        finding.detail() == null ? "" : finding.detail()));
            }
            out.println(messages.get(result.intact() ? "audit.cli.intact" : "audit.cli.tampered", result.entries(),
                    result.headSeq(), result.checkpoints(), result.evidenceFiles()));
            return result.intact() ? 0 : AuditCommand.EXIT_TAMPERED;
        });
    }
}
