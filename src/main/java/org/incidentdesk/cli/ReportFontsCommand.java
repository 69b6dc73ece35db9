package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.report.FontChoice;
import org.incidentdesk.report.FontFallback;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report fonts}: which face serves each role, and which are substitutes. */
@Command(name = "fonts", mixinStandardHelpOptions = true,
        description = "Show the font for each role of the layout. 显示各版式字体的实际用字。")
final class ReportFontsCommand implements Callable<Integer> {
    @ParentCommand
    private ReportCommand report;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = report.root();
        Messages messages = root.messages();
        try (CliServices services = root.openServices(spec)) {
            for (FontChoice choice : services.documents().fonts()) {
                spec.commandLine().getOut().println(messages.get(choice.substitute() ? "report.cli.fontSubstitute"
                        : "report.cli.fontCustomary", choice.role().chineseName(), choice.family(), choice.source()));
            }
            for (FontFallback fallback : services.documents().fontFallbacks()) {
                spec.commandLine().getOut().println(messages.get(fallback.rareHan() ? "report.cli.fontRareHan"
                        : "report.cli.fontFallback", fallback.family(), fallback.source()));
            }
        }
        return 0;
    }
}
