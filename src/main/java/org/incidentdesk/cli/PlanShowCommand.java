package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.service.plan.BuiltInPlans;
import org.incidentdesk.service.plan.document.PlanDocument;
import org.incidentdesk.service.plan.document.PlanDocumentBuilder;
import org.incidentdesk.service.plan.document.PlanDocumentText;
import org.incidentdesk.service.plan.format.PlanWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan show ID [--json]}: the whole plan as the office's document (总则 … 保障, defaults tagged with their
 * notes, as the 全文 view shows it), or with {@code --json} as the plan data.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a whole plan: a template id (county, police, college, school, archives, primary) or an "
                + "office plan number. 显示预案全文。")
final class PlanShowCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand plan;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Template id or office plan number. 模板编号或本单位预案编号。")
    String planRef;

    @Option(names = "--json", description = "Print the plan document as JSON. 以 JSON 输出。")
    boolean json;

    @Override
    public Integer call() {
        return plan.run(spec, "plan.cli.invalid", (services, messages, out) -> {
            ContingencyPlan shown = services.plans().resolve(planRef);
            if (json) {
                out.print(PlanWriter.toJson(shown));
            } else {
                PlanDocumentBuilder builder = new PlanDocumentBuilder(messages);
                PlanDocument document = BuiltInPlans.isBuiltInId(planRef) ? builder.template(shown)
                        : builder.version(shown, shown.revision());
                new PlanDocumentText(messages).lines(document).forEach(out::println);
            }
            return 0;
        });
    }
}
