package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.plan.OfficePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan activate ID}: the office plan new incidents run under from now on. */
@Command(name = "activate", mixinStandardHelpOptions = true,
        description = "Make an office plan the active one. 启用本单位预案。")
final class PlanActivateCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand plan;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Office plan number (see plan list). 本单位预案编号。")
    String planId;

    @Override
    public Integer call() {
        return plan.run(spec, "plan.cli.invalid", (services, messages, out) -> {
            OfficePlan activated = services.plans().activate(PlanCommand.officePlanId(planId));
            out.println(messages.get("plan.cli.activated", String.valueOf(activated.id()), activated.name()));
            return 0;
        });
    }
}
