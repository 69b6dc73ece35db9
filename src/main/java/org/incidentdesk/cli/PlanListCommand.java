package org.incidentdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.PlanEnums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan list}: the six templates, then the office plans with the active one marked. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the built-in templates and the office plans. 列出内置模板和本单位预案。")
final class PlanListCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand plan;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return plan.run(spec, "plan.cli.invalid", (services, messages, out) -> {
            out.println(messages.get("plan.cli.templates"));
            for (ContingencyPlan template : services.plans().templates()) {
                String scheme = messages.get("plan.enum.LevelScheme." + PlanEnums.spell(template.levelScheme()));
                out.println(messages.get("plan.cli.templateLine", template.id(), template.name(), scheme,
                        template.revision()));
            }
            out.println(messages.get("plan.cli.officePlans"));
            List<OfficePlan> officePlans = services.plans().officePlans();
            if (officePlans.isEmpty()) {
                out.println(messages.get("plan.cli.noOfficePlans"));
            }
            for (OfficePlan office : officePlans) {
                String template = office.templateId() == null ? messages.get("plan.cli.noTemplate")
                        : office.templateId();
                out.println(messages.get("plan.cli.officeLine", office.active() ? "*" : " ",
                        String.valueOf(office.id()), office.name(), template, office.currentVersion(),
                        PlanCommand.activeMark(messages, office)));
            }
            return 0;
        });
    }
}
