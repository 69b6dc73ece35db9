package org.incidentdesk.service.roster.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.service.importing.FormulaGuard;

/**
 * The roster as the rows of an export file: the header, then unit by unit (in the roster's order) one row per
 * person, or one row naming the unit alone when nobody has it as their own unit, so that a command or working
 * group whose posts others hold is recreated on import. Cells that a spreadsheet would take for a formula are
 * marked as text ({@link FormulaGuard}).
 */
final class ExportTable {
    private ExportTable() {
    }

    static List<List<String>> of(Roster roster) {
        Map<Long, String> unitNames = roster.units().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        List<List<String>> table = new ArrayList<>();
        table.add(Stream.of(RosterColumn.values()).map(RosterColumn::header).toList());
        for (OrgUnit unit : roster.units()) {
            List<Person> people = roster.peopleOf(unit.id());
            if (people.isEmpty()) {
                table.add(row(unit, Map.of()));
            }
            for (Person person : people) {
                table.add(row(unit, cells(person, unitNames)));
            }
        }
        return table;
    }

    private static Map<RosterColumn, String> cells(Person person, Map<Long, String> unitNames) {
        Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
        cells.put(RosterColumn.NAME, person.name());
        cells.put(RosterColumn.POSTS, PostCell.format(person.posts(), person.unitId(), unitNames));
        cells.put(RosterColumn.OFFICE_PHONE, person.officePhone());
        cells.put(RosterColumn.MOBILE, person.mobile());
        cells.put(RosterColumn.EMAIL, person.email());
        cells.put(RosterColumn.FAX, person.fax());
        cells.put(RosterColumn.NOTES, person.notes());
        return cells;
    }

    private static List<String> row(OrgUnit unit, Map<RosterColumn, String> personCells) {
        List<String> row = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            String value = switch (column) {
                case UNIT -> unit.name();
                case UNIT_KIND -> UnitKindLabels.label(unit.kind());
                default -> personCells.get(column);
            };
            row.add(value == null ? "" : FormulaGuard.guard(value));
        }
        return row;
    }

    /** Column widths in characters for the XLSX sheet, wide enough for typical Chinese content. */
    static double columnWidth(int column) {
        return switch (RosterColumn.values()[column]) {
            case NAME, UNIT_KIND, FAX -> 12;
            case UNIT, POSTS, NOTES -> 28;
            case OFFICE_PHONE, MOBILE -> 16;
            case EMAIL -> 26;
        };
    }
}
