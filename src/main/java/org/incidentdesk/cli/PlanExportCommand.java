package org.incidentdesk.cli;

import org.incidentdesk.service.importing.OutputTarget;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan export ID FILE}: writes a template or an office plan's current version to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a plan to a file (.json for JSON, YAML otherwise). 导出预案。")
final class PlanExportCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand plan;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Template id or office plan number. 模板编号或本单位预案编号。")
    String planRef;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write. 导出文件。")
    Path file;

    @Override
    public Integer call() {
        OutputTarget.check(file);
        return plan.run(spec, "plan.cli.invalid", (services, messages, out) -> {
            try {
                services.plans().export(planRef, file);
            } catch (UncheckedIOException e) {
                spec.commandLine().getErr().println(messages.get("plan.cli.cannotWrite", file.toString(),
                        String.valueOf(e.getCause().getMessage())));
                return CliErrorHandler.EXIT_FAILURE;
            }
            out.println(messages.get("plan.cli.exported", planRef, file.toString()));
            return 0;
        });
    }
}
