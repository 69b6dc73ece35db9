package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.plan.OfficePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan new TEMPLATE_ID [--name NAME]}: an office plan made from a template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create an office plan from a template. 由模板创建本单位预案。")
final class PlanNewCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand plan;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEMPLATE_ID", description = "county, police, college, school, archives or primary.")
    String templateId;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the office plan (default: the template's). 预案名称。")
    String name;

    @Override
    public Integer call() {
        return plan.run(spec, "plan.cli.invalid", (services, messages, out) -> {
            OfficePlan created = services.plans().createFromTemplate(templateId, name);
            out.println(messages.get("plan.cli.created", String.valueOf(created.id()), created.name(),
                    PlanCommand.activeMark(messages, created)));
            return 0;
        });
    }
}
