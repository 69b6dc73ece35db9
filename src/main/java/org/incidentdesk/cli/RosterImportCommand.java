package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.service.importing.ProblemListing;
import org.incidentdesk.service.roster.io.ImportPreview;
import org.incidentdesk.service.roster.io.ImportResult;
import org.incidentdesk.service.roster.io.RosterFileException;
import org.incidentdesk.service.roster.io.RosterImportService;
import org.incidentdesk.service.roster.io.RowAction;
import org.incidentdesk.service.roster.io.RowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code incidentdesk roster import FILE [--dry-run]}: shows what the file would change and, when it has no
 * problems, imports it whole. Exit 0 when imported (or checked, with --dry-run); 2 when the file cannot be
 * read or has problems, with nothing written; 1 when the roster changed meanwhile.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import people from a .csv (UTF-8 or GBK) or .xlsx file; all rows or none.",
                "从 .csv（UTF-8 或 GBK）或 .xlsx 文件导入通讯录，全部导入或全部不导入。"})
final class RosterImportCommand implements Callable<Integer> {
    @ParentCommand
    private RosterCommand roster;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The roster file. 通讯录文件。")
    private Path file;

    @Option(names = "--dry-run", description = "Check and show the changes, write nothing. 只检查、不写入。")
    private boolean dryRun;

    @Override
    public Integer call() {
        RootCommand root = roster.root();
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CliServices services = root.openServices(spec)) {
            RosterImportService importer = services.rosterImport();
            ImportPreview preview = importer.preview(file);
            out.println(source(preview, messages));
            out.println(messages.get("rosterio.cli.plan", preview.peopleRows(), preview.people(RowAction.ADD),
                    preview.people(RowAction.UPDATE), preview.people(RowAction.UNCHANGED), preview.unitsToCreate()));
            if (preview.hasProblems()) {
                printProblems(preview.problems(), messages, err);
                return CliErrorHandler.EXIT_INVALID_INPUT;
            }
            if (dryRun) {
                out.println(messages.get("rosterio.cli.dryRun"));
                return 0;
            }
            ImportResult result = importer.apply(preview);
            out.println(messages.get("rosterio.cli.imported", result.added(), result.updated(), result.unchanged(),
                    result.unitsCreated()));
            return 0;
        } catch (RosterFileException e) {
            err.println(messages.get(e.messageKey(), e.args()));
            return CliErrorHandler.EXIT_INVALID_INPUT;
        } catch (StaleDataException e) {
            err.println(messages.get("rosterio.cli.stale"));
            return CliErrorHandler.EXIT_FAILURE;
        }
    }

    private String source(ImportPreview preview, Messages messages) {
        String name = String.valueOf(preview.file().getFileName());
        return preview.encoding() == null
                ? messages.get("rosterio.cli.source.xlsx", name, preview.format())
                : messages.get("rosterio.cli.source.csv", name, preview.format(), preview.encoding());
    }

    /** The first {@link ProblemListing#MAX_LISTED} problems and how many more, never a page per bad row. */
    private static void printProblems(List<RowProblem> problems, Messages messages, PrintWriter err) {
        err.println(messages.get("rosterio.cli.problems", problems.size()));
        ProblemListing<RowProblem> listing = ProblemListing.of(problems);
        for (RowProblem problem : listing.listed()) {
            err.println(messages.get("rosterio.cli.problemLine", problem.rowNumber(),
                    messages.describe(problem.violation())));
        }
        if (listing.notListed() > 0) {
            err.println(messages.get("importing.cli.moreProblems", listing.notListed()));
        }
    }
}
