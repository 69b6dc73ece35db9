package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.warning.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code warning approve ID}: the authority for the level approves a warning the office proposed. */
@Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve a proposed warning. 批准待发布的预警。")
final class WarningApproveCommand implements Callable<Integer> {
    @ParentCommand
    WarningCommand warning;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The warning's number, e.g. 2026-Y001. 预警编号。")
    String id;

    @Override
    public Integer call() {
        return warning.run(spec, (services, messages, out) -> {
            Warning approved = services.warnings().decisions().approve(services.warnings().byNumberOrId(id).id());
            out.println(messages.get("warning.cli.approved", approved.number(),
                    services.warnings().authorities().roleName(approved.issuerRole()), services.warnings().receipts().of(approved.id()).size()));
            return 0;
        });
    }
}
