package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.report.forms.FormKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report list}: one form a line, its id first. Needs no database. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the forms. 列出文书。")
final class ReportListCommand implements Callable<Integer> {
    @ParentCommand
    private ReportCommand report;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = report.root().messages();
        for (FormKind form : FormKind.values()) {
            spec.commandLine().getOut().println(String.format("%-18s%s", form.id(), messages.get(form.messageKey())));
        }
        return 0;
    }
}
