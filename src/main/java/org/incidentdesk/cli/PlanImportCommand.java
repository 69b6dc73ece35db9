package org.incidentdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.plan.OfficePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan import FILE}: a checked plan file becomes a new office plan; a file with problems stores nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a plan file (YAML or JSON) as a new office plan. 导入预案文件。")
final class PlanImportCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand plan;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .yaml or .json plan file. 预案文件。")
    Path file;

    @Override
    public Integer call() {
        return plan.run(spec, "plan.cli.refused", (services, messages, out) -> {
            OfficePlan imported = services.plans().importPlan(file);
            out.println(messages.get("plan.cli.imported", String.valueOf(imported.id()), imported.name(),
                    PlanCommand.activeMark(messages, imported)));
            return 0;
        });
    }
}
