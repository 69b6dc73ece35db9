package org.incidentdesk.service.warning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.service.common.SafeFileWrite;
import org.incidentdesk.service.importing.CsvOutput;
import org.incidentdesk.service.importing.FormulaGuard;
import org.incidentdesk.service.security.Unguarded;

/**
 * Writes the warnings' history (the office's, or one incident's) as CSV the way the roster export does: UTF-8 with
 * a byte-order mark for Excel and WPS, every cell guarded against being read as a formula, the file replaced
 * whole or not at all. Levels are written as the plan names them, times in the office's zone.
 */
public final class WarningHistoryExport {
    private static final Messages TEXTS = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final List<String> HEADER = List.of("预警编号", "时间", "步骤", "原级别", "新级别", "理由", "操作人", "关联事件");

    private final WarningService warnings;
    private final ZoneId zone;

    public WarningHistoryExport(WarningService warnings, ZoneId zone) {
        this.warnings = warnings;
        this.zone = zone;
    }

    /** Writes the history of every warning ({@code incidentId} null) or of one incident's; returns the rows written. */
    @Unguarded("writes history every role may read to a file the person chose; changes no data")
    public int export(Path file, Long incidentId) {
        List<WarningChange> history = incidentId == null ? warnings.history() : warnings.historyOfIncident(incidentId);
        Map<Long, Warning> byId = new HashMap<>();
        List<List<String>> table = new ArrayList<>();
        table.add(HEADER);
        for (WarningChange c : history) {
            Warning w = byId.computeIfAbsent(c.warningId(), id -> warnings.find(id).orElseThrow());
            table.add(List.of(c.warningNumber(), c.at().atZone(zone).format(TIME), TEXTS.name(c.kind()),
                    label(w, c.fromLevelId()), label(w, c.toLevelId()), nullToEmpty(c.reason()), c.actor(),
                    String.join(" ", warnings.incidentNumbers(w)))
                    .stream().map(FormulaGuard::guard).toList());
        }
        try {
            SafeFileWrite.replace(file, out -> CsvOutput.write(table, out));
        } catch (IOException e) {
            throw WarningRefusal.of("warning.export", "warning.unwritable", String.valueOf(file), String.valueOf(e.getMessage()));
        }
        return history.size();
    }

    private String label(Warning warning, String levelId) {
        return levelId == null ? "" : warnings.planOf(warning).level(levelId).map(WarningLevel::label).orElse(levelId);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
