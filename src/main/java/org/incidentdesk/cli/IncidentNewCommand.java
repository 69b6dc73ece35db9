package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code incident new --title T --category C [--discovered ISO] [--happened ISO]}: takes a report; the last
 * line printed is the new number alone, as {@code incident show} takes it.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Take a new report; prints its number on the last line. 接报新事件，最后一行输出事件编号。")
final class IncidentNewCommand implements Callable<Integer> {
    @ParentCommand
    IncidentCommand incident;

    @Spec
    CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "Title. 标题。")
    String title;

    @Option(names = "--category", required = true, paramLabel = "ID",
            description = "A category id of the active plan, e.g. inquiry. 当前预案中的类别编号。")
    String category;

    @Option(names = "--discovered", paramLabel = "ISO",
            description = "When it was discovered (default: now), e.g. 2026-03-01T08:30+08:00. 发现时间。")
    String discovered;

    @Option(names = "--happened", paramLabel = "ISO", description = "When it happened, if known. 发生时间。")
    String happened;

    @Override
    public Integer call() {
        return incident.run(spec, (services, messages, out) -> {
            Intake report = new Intake(title, category,
                    IncidentCommand.time(discovered, "incident.discoveredAt", services.zone()),
                    IncidentCommand.time(happened, "incident.happenedAt", services.zone()), IncidentFacts.NONE);
            Incident created = services.incidents().intake(report);
            out.println(messages.get("incident.cli.created", created.number().toString(), created.title()));
            out.println(created.number());
            return 0;
        });
    }
}
