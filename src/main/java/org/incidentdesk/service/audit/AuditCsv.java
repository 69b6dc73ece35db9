package org.incidentdesk.service.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.service.importing.FormulaGuard;

/** Audit entries as a CSV table: one row each, times in the office's zone, every cell guarded against formulas. */
final class AuditCsv {
    static final List<String> HEADER = List.of("序号", "时间", "操作人", "操作", "结果", "对象", "对象编号", "变更内容",
            "哈希");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    static List<String> row(ChainedEntry chained, ZoneId zone) {
        AuditEntry e = chained.entry();
        return List.of(String.valueOf(chained.seq()), e.at().atZone(zone).format(TIME), e.actor(), e.action(),
                        e.outcome(), e.entity(), nullToEmpty(e.entityId()), e.changesLine(), chained.hash())
                .stream().map(FormulaGuard::guard).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
