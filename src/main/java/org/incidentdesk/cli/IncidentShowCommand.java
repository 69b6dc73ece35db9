package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.service.incident.IncidentDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code incident show NUMBER [--json]}: the incident, both times with their offsets, and its timeline. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an incident with its timeline. 显示事件及其处置日志。")
final class IncidentShowCommand implements Callable<Integer> {
    @ParentCommand
    IncidentCommand incident;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The incident's number, e.g. 2026-017. 事件编号。")
    String number;

    @Option(names = "--json", description = "Print a JSON document. 以 JSON 输出。")
    boolean json;

    @Override
    public Integer call() {
        return incident.run(spec, (services, messages, out) -> {
            IncidentDetail detail = IncidentArgument.detail(services, "NUMBER", number);
            if (json) {
                out.println(IncidentJson.detail(detail, services.deadlines().ofIncident(detail.incident().id()),
                        services.zone()));
            } else {
                print(detail, messages, services.zone(), out);
            }
            return 0;
        });
    }

    private static void print(IncidentDetail detail, Messages messages, ZoneId zone, PrintWriter out) {
        Incident i = detail.incident();
        String unknown = messages.get("incident.cli.unknownTime");
        line(out, messages, "incident.cli.number", i.number().toString());
        line(out, messages, "incident.cli.title", i.title());
        line(out, messages, "incident.cli.category", i.categoryId());
        line(out, messages, "incident.cli.phase", messages.name(i.phase()));
        line(out, messages, "incident.cli.level", i.level() == null ? messages.get("incident.cli.levelNone")
                : i.level().label());
        line(out, messages, "incident.cli.happened", i.happenedAt() == null ? unknown : i.happenedAt().toString());
        line(out, messages, "incident.cli.discovered", i.discoveredAt().toString());
        line(out, messages, "incident.cli.plan", i.planId() + " v" + i.planVersion());
        out.println(messages.get("incident.cli.line", messages.get("incident.cli.timeline"), ""));
        TimelineRenderer renderer = new TimelineRenderer(messages, zone);
        for (TimelineEntry entry : detail.timeline()) {
            out.println("  " + entry.at().atZone(zone).toOffsetDateTime() + "  " + entry.actor() + "  "
                    + renderer.kindName(entry) + "  " + renderer.render(entry));
        }
    }

    private static void line(PrintWriter out, Messages messages, String key, String value) {
        out.println(messages.get("incident.cli.line", messages.get(key), value));
    }
}
