package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.warning.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code warning lift ID --reason R [--issuer ROLE]}: lifts a warning in force. */
@Command(name = "lift", mixinStandardHelpOptions = true, description = "Lift a warning. 解除预警。")
final class WarningLiftCommand implements Callable<Integer> {
    @ParentCommand
    WarningCommand warning;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The warning's number, e.g. 2026-Y001. 预警编号。")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is lifted. 解除理由。")
    String reason;

    @Option(names = "--issuer", paramLabel = "ROLE", description = "The role lifting it (default: its issuer); signed in, only a post the account's person holds."
            + " 解除岗位（签入后只能是本人担任的岗位）。")
    String issuer;

    @Override
    public Integer call() {
        return warning.run(spec, (services, messages, out) -> {
            Warning lifted = services.warnings().decisions().lift(services.warnings().byNumberOrId(id).id(), reason, issuer);
            out.println(messages.get("warning.cli.lifted", lifted.number()));
            return 0;
        });
    }
}
