package org.incidentdesk.cli;

import org.incidentdesk.report.forms.FormKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code incidentdesk report list|fonts|office|FORM}: the official forms as PDF. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Official forms in the GB/T 9704 layout, as PDF. 公文格式的文书，输出 PDF。",
                "report list; report roster --out FILE.pdf; report first-report --sample --out FILE.pdf"},
        subcommands = {ReportListCommand.class, ReportFontsCommand.class, ReportOfficeCommand.class})
public final class ReportCommand implements Runnable {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    static CommandLine create() {
        CommandLine line = new CommandLine(new ReportCommand());
        for (FormKind form : FormKind.values()) {
            line.addSubcommand(form.id(), new CommandLine(new ReportFormCommand(form)));
        }
        line.addSubcommand(ReportFormCommand.WARNING_NOTICE, new CommandLine(new ReportFormCommand(null)));
        return line;
    }

    RootCommand root() {
        return root;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), root.messages().get("report.cli.missingSubcommand"));
    }
}
