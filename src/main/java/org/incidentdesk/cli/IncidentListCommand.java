package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.incident.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code incident list [--json]}: every incident, newest number first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the incidents. 列出事件。")
final class IncidentListCommand implements Callable<Integer> {
    @ParentCommand
    IncidentCommand incident;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array. 以 JSON 输出。")
    boolean json;

    @Override
    public Integer call() {
        return incident.run(spec, (services, messages, out) -> {
            var incidents = services.incidents().list();
            if (json) {
                out.println(IncidentJson.list(incidents));
                return 0;
            }
            if (incidents.isEmpty()) {
                out.println(messages.get("incident.cli.none"));
            }
            for (Incident i : incidents) {
                String level = i.level() == null ? messages.get("incident.cli.levelNone") : i.level().label();
                out.println(String.join("  ", i.number().toString(), messages.name(i.phase()), level,
                        i.discoveredAt().toString(), i.title()));
            }
            return 0;
        });
    }
}
