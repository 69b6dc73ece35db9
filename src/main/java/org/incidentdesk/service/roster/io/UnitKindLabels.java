package org.incidentdesk.service.roster.io;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.roster.UnitKind;

/** The 单位类型 cell: the words offices write for each kind of unit (DOMAIN.md glossary), in both languages. */
final class UnitKindLabels {
    private static final Map<String, UnitKind> BY_LABEL = Map.ofEntries(
            Map.entry("指挥部", UnitKind.COMMAND), Map.entry("领导小组", UnitKind.COMMAND),
            Map.entry("办公室", UnitKind.OFFICE),
            Map.entry("成员单位", UnitKind.MEMBER_UNIT),
            Map.entry("工作组", UnitKind.WORKING_GROUP),
            Map.entry("command", UnitKind.COMMAND), Map.entry("leadinggroup", UnitKind.COMMAND),
            Map.entry("office", UnitKind.OFFICE),
            Map.entry("memberunit", UnitKind.MEMBER_UNIT),
            Map.entry("workinggroup", UnitKind.WORKING_GROUP));

    private UnitKindLabels() {
    }

    static Optional<UnitKind> parse(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        return Optional.ofNullable(BY_LABEL.get(key));
    }

    /** The label an export writes. */
    static String label(UnitKind kind) {
        return switch (kind) {
            case COMMAND -> "指挥部";
            case OFFICE -> "办公室";
            case MEMBER_UNIT -> "成员单位";
            case WORKING_GROUP -> "工作组";
        };
    }
}
