package org.incidentdesk.cli;

import org.incidentdesk.service.importing.OutputTarget;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.roster.io.RosterFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code incidentdesk roster export FILE}: the whole roster as .csv or .xlsx. Exit 0, or 2 for a bad file name. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the whole roster to .csv (UTF-8 with BOM) or .xlsx, by the file's extension.",
                "将整个通讯录导出为 .csv（带 BOM 的 UTF-8）或 .xlsx，按扩展名决定。"})
final class RosterExportCommand implements Callable<Integer> {
    @ParentCommand
    private RosterCommand roster;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to write. 导出文件。")
    private Path file;

    @Override
    public Integer call() {
        OutputTarget.check(file);
        RootCommand root = roster.root();
        Messages messages = root.messages();
        try (CliServices services = root.openServices(spec)) {
            int people = services.rosterExport().export(file);
            spec.commandLine().getOut().println(messages.get("rosterio.cli.exported", people, file));
            return 0;
        } catch (RosterFileException e) {
            spec.commandLine().getErr().println(messages.get(e.messageKey(), e.args()));
            return CliErrorHandler.EXIT_INVALID_INPUT;
        }
    }
}
