package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.document.DocumentOffice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report office [--name N] [--masthead M] [--prefix P]}: shows or changes how the office signs. */
@Command(name = "office", mixinStandardHelpOptions = true,
        description = "Show or set the office's name, masthead and document-number prefix. 显示或设置发文机关名称、版头和文号代字。")
final class ReportOfficeCommand implements Callable<Integer> {
    @ParentCommand
    private ReportCommand report;

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", description = "Name used in the signature. 发文机关署名。")
    private String name;

    @Option(names = "--masthead", description = {"Red masthead text; without it, a masthead built from the old name follows --name.",
            "发文机关标志；不指定时，由原署名生成的版头随 --name 更新。"})
    private String masthead;

    @Option(names = "--prefix", description = "Document-number prefix, e.g. 青网舆办. 文号代字。")
    private String prefix;

    @Override
    public Integer call() {
        RootCommand root = report.root();
        Messages messages = root.messages();
        try (CliServices services = root.openServices(spec)) {
            DocumentOffice office = services.documents().office();
            if (name != null || masthead != null || prefix != null) {
                DocumentOffice changed = name == null ? office : office.renamed(name);
                office = services.documents().saveOffice(new DocumentOffice(changed.officeName(),
                        masthead == null ? changed.masthead() : masthead,
                        prefix == null ? changed.numberPrefix() : prefix, office.version()));
            }
            spec.commandLine().getOut().println(messages.get("report.cli.office", office.officeName(), office.masthead(),
                    office.numberPrefix()));
        }
        return 0;
    }
}
