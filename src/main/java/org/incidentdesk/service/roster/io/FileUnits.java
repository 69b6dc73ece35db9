package org.incidentdesk.service.roster.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;

/**
 * The units a file names in its 单位 column: those the roster has, and those the import creates, each with
 * the kind its 单位类型 cells give (成员单位 when none does). Collected over the whole file first, so a post on
 * row 2 may refer to a unit that row 9 creates.
 */
final class FileUnits {
    static final long NO_UNIT = 0;

    private final Roster roster;
    private final Map<String, PendingUnit> created = new LinkedHashMap<>();
    private final Map<Integer, List<Violation>> problemsByRow = new HashMap<>();

    private FileUnits(Roster roster) {
        this.roster = roster;
    }

    private static final class PendingUnit {
        final long placeholderId;
        UnitKind kind;
        int kindRow;
        String kindText;

        PendingUnit(long placeholderId) {
            this.placeholderId = placeholderId;
        }
    }

    static FileUnits scan(List<SourceRow> rows, ColumnLayout layout, Roster roster) {
        FileUnits units = new FileUnits(roster);
        for (SourceRow row : rows) {
            String unitName = layout.value(row, RosterColumn.UNIT);
            if (unitName != null) {
                units.note(row.number(), unitName, layout.value(row, RosterColumn.UNIT_KIND));
            }
        }
        return units;
    }

    private void note(int rowNumber, String unitName, String kindText) {
        Optional<UnitKind> kind = kindText == null ? Optional.empty() : UnitKindLabels.parse(kindText);
        if (kindText != null && kind.isEmpty()) {
            problem(rowNumber, Violation.of("unitKind", "rosterio.problem.unknownKind", kindText));
        }
        Optional<OrgUnit> existing = roster.unitNamed(unitName);
        if (existing.isPresent()) {
            if (kind.isPresent() && kind.get() != existing.get().kind()) {
                problem(rowNumber, Violation.of("unitKind", "rosterio.problem.kindDiffers", kindText, unitName,
                        UnitKindLabels.label(existing.get().kind())));
            }
            return;
        }
        PendingUnit pending = created.computeIfAbsent(unitName, name -> new PendingUnit(-(created.size() + 1L)));
        if (kind.isEmpty()) {
            return;
        }
        if (pending.kind == null) {
            pending.kind = kind.get();
            pending.kindRow = rowNumber;
            pending.kindText = kindText;
        } else if (pending.kind != kind.get()) {
            problem(rowNumber, Violation.of("unitKind", "rosterio.problem.kindConflict", kindText, unitName,
                    pending.kindRow, pending.kindText));
        }
    }

    private void problem(int rowNumber, Violation violation) {
        problemsByRow.computeIfAbsent(rowNumber, n -> new ArrayList<>()).add(violation);
    }

    List<Violation> problemsOf(int rowNumber) {
        return problemsByRow.getOrDefault(rowNumber, List.of());
    }

    /** The unit's id in the roster, its placeholder when the import creates it, or empty when neither. */
    Optional<Long> idOf(String unitName) {
        Optional<OrgUnit> existing = roster.unitNamed(unitName);
        if (existing.isPresent()) {
            return Optional.of(existing.get().id());
        }
        PendingUnit pending = created.get(unitName);
        return pending == null ? Optional.empty() : Optional.of(pending.placeholderId);
    }

    /** The units to create, in the order the file first names them. */
    List<ImportPlan.NewUnit> toCreate() {
        return created.entrySet().stream()
                .map(e -> new ImportPlan.NewUnit(e.getValue().placeholderId, e.getKey(),
                        e.getValue().kind == null ? UnitKind.MEMBER_UNIT : e.getValue().kind))
                .toList();
    }
}
