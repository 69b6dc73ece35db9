package org.incidentdesk.service.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.service.importing.FormulaGuard;

/** Audit entries as a CSV table: one row each, times in the office's zone, every cell guarded against formulas. */
final class AuditCsv {
    static final List<String> HEADER = List.of("序号", "时间", "操作人", "操作", "对象", "对象编号", "变更内容", "哈希");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    static List<List<String>> table(List<ChainedEntry> entries, ZoneId zone) {
        List<List<String>> table = new ArrayList<>();
        table.add(HEADER);
        for (ChainedEntry chained : entries) {
            AuditEntry e = chained.entry();
            table.add(List.of(String.valueOf(chained.seq()), e.at().atZone(zone).format(TIME), e.actor(), e.action(),
                    e.entity(), nullToEmpty(e.entityId()), changesText(e), chained.hash())
                    .stream().map(FormulaGuard::guard).toList());
        }
        return table;
    }

    /** The field changes as one line: {@code field: before → after; …} (the old summary for rows before V11). */
    static String changesText(AuditEntry e) {
        if (e.changes().isEmpty()) {
            return nullToEmpty(e.legacySummary());
        }
        return e.changes().stream().map(AuditCsv::changeText).collect(Collectors.joining("; "));
    }

    private static String changeText(FieldChange c) {
        return c.before() == null ? c.field() + ": " + nullToEmpty(c.after())
                : c.field() + ": " + c.before() + " → " + nullToEmpty(c.after());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
