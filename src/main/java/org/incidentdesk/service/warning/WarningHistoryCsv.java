package org.incidentdesk.service.warning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.service.common.SafeFileWrite;
import org.incidentdesk.service.importing.CsvOutput;
import org.incidentdesk.service.incident.IncidentService;

/**
 * The warning history as a CSV table (Excel and WPS open it as it is): one row per step, oldest first, with the
 * warning's number, the step, the levels before and after, the incidents behind the warning, the reason, who
 * and when; all of the office's history, or one incident's. The file is replaced whole or not at all.
 */
public final class WarningHistoryCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final WarningService warnings;
    private final IncidentService incidents;
    private final ZoneId zone;

    public WarningHistoryCsv(WarningService warnings, IncidentService incidents, ZoneId zone) {
        this.warnings = warnings;
        this.incidents = incidents;
        this.zone = zone;
    }

    /** The rows, header first; {@code incidentId} null means every warning of the office. */
    public List<List<String>> table(Long incidentId, Messages messages) {
        List<WarningChange> changes = incidentId == null ? warnings.history() : warnings.historyOfIncident(incidentId);
        Map<Long, String> incidentsOf = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        incidents.list().forEach(i -> numbers.put(i.id(), i.number().toString()));
        for (Warning warning : warnings.all()) {
            incidentsOf.put(warning.id(), warning.incidentIds().stream()
                    .map(id -> numbers.getOrDefault(id, "#" + id)).collect(Collectors.joining(" ")));
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(messages.get("warninghistory.csv.at"), messages.get("warninghistory.csv.number"),
                messages.get("warninghistory.csv.kind"), messages.get("warninghistory.csv.from"), messages.get("warninghistory.csv.to"),
                messages.get("warninghistory.csv.incidents"), messages.get("warninghistory.csv.reason"),
                messages.get("warninghistory.csv.actor")));
        changes.stream().sorted(Comparator.comparing(WarningChange::at).thenComparingLong(WarningChange::id))
                .forEach(c -> table.add(List.of(c.at().atZone(zone).format(TIME), c.warningNumber(),
                        messages.get("warninghistory.kind." + c.kind().name()), orEmpty(c.fromLevelId()),
                        orEmpty(c.toLevelId()), incidentsOf.getOrDefault(c.warningId(), ""), orEmpty(c.reason()),
                        orEmpty(c.actor()))));
        return table;
    }

    /** Writes {@link #table} to {@code file}. */
    public void write(Long incidentId, Messages messages, Path file) {
        List<List<String>> table = table(incidentId, messages);
        try {
            SafeFileWrite.replace(file, out -> CsvOutput.write(table, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
