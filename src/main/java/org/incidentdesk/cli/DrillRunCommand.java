package org.incidentdesk.cli;

import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.importing.BoundedFile;
import org.incidentdesk.service.importing.ImportLimits;

import org.incidentdesk.service.importing.OutputTarget;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.service.drill.DrillException;
import org.incidentdesk.service.drill.DrillReport;
import org.incidentdesk.service.drill.DrillRunner;
import org.incidentdesk.service.drill.DrillScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code drill run SCENARIO.yaml [--json OUT]}: runs the scenario in a temporary office on a simulated clock and
 * prints every incident's timeline; {@code --json} also writes its deadlines. A refused scenario names the step
 * and why, and exits 2. The command signs in first (a drill is run by the office or a leader; set-up mode while the
 * office has no accounts).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a drill scenario and print the timeline. 运行演练脚本并输出处置日志。")
final class DrillRunCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    DrillCommand drill;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario. 演练脚本。")
    Path scenarioFile;

    @Option(names = "--json", paramLabel = "OUT", description = "Write the deadlines as JSON here. 将时限写为 JSON。")
    Path jsonOut;

    @Override
    public Integer call() throws IOException {
        RootCommand root = drill.root;
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jsonOut != null) {
            OutputTarget.check(jsonOut); // before the run, not after it
        }
        String text;
        try {
            BoundedFile.check(scenarioFile, ImportLimits.DEFAULT.withMaxFileBytes(DrillScenario.MAX_BYTES));
            text = Files.readString(scenarioFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(messages.get("drill.error.read", scenarioFile));
            return CliErrorHandler.EXIT_INVALID_INPUT;
        }
        DrillReport report;
        ZoneId zone;
        try {
            DrillScenario scenario = DrillScenario.parse(text, messages);
            zone = scenario.start().getOffset();
            report = new DrillRunner(root.environment().drillOffices(), messages, root.signedIn(spec, Permission.DRILL_RUN)).run(scenario);
        } catch (DrillException e) {
            err.println(e.step() == 0 ? messages.get("drill.error.head", scenarioFile, e.getMessage())
                    : messages.get("drill.error.step", scenarioFile, e.step(), e.getMessage()));
            err.flush();
            return CliErrorHandler.EXIT_INVALID_INPUT;
        }
        print(report, zone, messages, out);
        if (jsonOut != null) {
            DrillJson.write(report, zone, jsonOut);
            out.println(messages.get("drill.jsonWritten", jsonOut));
        }
        out.flush();
        return 0;
    }

    private static void print(DrillReport report, ZoneId zone, Messages messages, PrintWriter out) {
        for (DrillReport.IncidentResult incident : report.incidents()) {
            out.println(messages.get("drill.incidentHeading", incident.ref(), incident.number(),
                    incident.levelId() == null ? "—" : incident.levelId() + " " + incident.levelName()));
            TimelineRenderer renderer = new TimelineRenderer(messages, zone);
            for (TimelineEntry entry : incident.timeline()) {
                out.println("  " + TIME.format(entry.at().atZone(zone)) + "  " + renderer.kindName(entry) + "  "
                        + renderer.render(entry));
            }
        }
    }
}
