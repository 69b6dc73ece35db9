package org.incidentdesk.cli;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;

/** {@code incidentdesk incident list|show|new}: the office's incidents, for scripts and checks. */
@Command(name = "incident", mixinStandardHelpOptions = true,
        description = "Incidents: list, show with the timeline, take a new report. 事件：列表、详情与处置日志、接报。",
        subcommands = {IncidentListCommand.class, IncidentShowCommand.class, IncidentNewCommand.class})
public final class IncidentCommand {
    @ParentCommand
    RootCommand root;

    static CommandLine create() {
        return new CommandLine(new IncidentCommand());
    }

    int run(CommandSpec spec, RootCommand.Work work) {
        return root.withServices(spec, work);
    }

    /**
     * A time typed on the command line: ISO-8601 with an offset ({@code 2026-03-01T08:30+08:00}), or without
     * one, then in the office's zone. Refused naming the field and the text.
     */
    static OffsetDateTime time(String text, String field, ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new ValidationException(List.of(Violation.of(field, "incident.cli.badTime", text)));
            }
        }
    }
}
