package org.incidentdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.domain.warning.WarningStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code warning issue --incident N --level L --scope S [...]}: issues a warning by the active plan's authority (or
 * proposes it for approval when the office puts it forward); the last line printed is its number alone.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = "Issue a warning; prints its number on the last line. 发布预警，最后一行输出预警编号。")
final class WarningIssueCommand implements Callable<Integer> {
    @ParentCommand
    WarningCommand warning;

    @Spec
    CommandSpec spec;

    @Option(names = "--incident", required = true, paramLabel = "N",
            description = "The incident behind it, e.g. 2026-001; repeat for several. 关联事件编号，可重复。")
    List<String> incidents;

    @Option(names = "--level", required = true, paramLabel = "L",
            description = "The level as the plan numbers or names it: II, 重大, 橙色. 预警级别。")
    String level;

    @Option(names = "--scope", required = true, paramLabel = "TEXT", description = "Possible scope. 可能影响的范围。")
    String scope;

    @Option(names = "--items", paramLabel = "TEXT", description = "Warning items (；-separated or repeated). 警示事项。")
    List<String> items;

    @Option(names = "--measures", paramLabel = "TEXT", description = "Measures (；-separated or repeated). 应采取的措施。")
    List<String> measures;

    @Option(names = "--issuer", paramLabel = "ROLE",
            description = "The plan role issuing it, e.g. commander or 总指挥 (default: the role with the authority)."
                    + " Signed in, only a post the account's roster person holds. 发布岗位（签入后只能是本人在通讯录中担任的岗位）。")
    String issuer;

    @Option(names = "--category", paramLabel = "ID", description = "Event category (default: the incident's). 事件类别。")
    String category;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why, when the level is not the one assessed. 理由（与研判级别不同时必填）。")
    String reason;

    @Option(names = "--starts", paramLabel = "ISO", description = "Start time (default: now). 起始时间。")
    String starts;

    @Override
    public Integer call() {
        return warning.run(spec, (services, messages, out) -> {
            List<Long> ids = incidents.stream().map(n -> IncidentArgument.id(services, "--incident", n)).toList();
            Warning issued = services.warnings().decisions().issue(new WarningDraft(ids, category, level,
                    IncidentCommand.time(starts, "warning.starts", services.zone()), scope, WarningCommand.lines(items),
                    WarningCommand.lines(measures), issuer, reason));
            boolean pending = issued.status() == WarningStatus.PENDING_APPROVAL;
            String role = pending ? services.warnings().authorities().authorityFor(issued.levelId()).orElse(issued.issuerRole())
                    : issued.issuerRole();
            out.println(messages.get(pending ? "warning.cli.proposed" : "warning.cli.issued", issued.number(),
                    services.warnings().levelOf(issued).label(), services.warnings().authorities().roleName(role)));
            if (issued.status() == WarningStatus.ACTIVE) {
                out.println(messages.get("warning.cli.notified", services.warnings().receipts().of(issued.id()).size()));
            }
            out.println(issued.number());
            return 0;
        });
    }
}
