package org.incidentdesk.service.roster.io;

import static org.incidentdesk.service.roster.io.FileUnits.NO_UNIT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.ContactRules;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.RosterLimits;
import org.incidentdesk.service.importing.CellText;

/**
 * Works out what a file would do to the roster as it is: which rows add, update or leave a person, which units
 * are created, and every problem with the row and field it is in. Reads and writes nothing itself.
 */
final class ImportPlanner {
    /** Problems listed in the order of the columns they concern. */
    private static final List<String> FIELD_ORDER = Stream.of(RosterColumn.values()).map(RosterColumn::field).toList();

    private final ColumnLayout layout;
    private final Roster roster;
    private final FileUnits units;
    private final Map<String, Integer> firstRowOfPerson = new HashMap<>();

    private ImportPlanner(ColumnLayout layout, Roster roster, FileUnits units) {
        this.layout = layout;
        this.roster = roster;
        this.units = units;
    }

    /**
     * @throws RosterFileException when the file has no header row or lacks a required column
     */
    static ImportPlan plan(SourceTable table, String fileName, Roster roster) {
        if (table.rows().isEmpty()) {
            throw new RosterFileException("rosterio.file.empty", fileName);
        }
        ColumnLayout layout = ColumnLayout.fromHeader(table.rows().get(0), fileName);
        List<SourceRow> dataRows = table.rows().subList(1, table.rows().size()).stream()
                .filter(row -> !layout.isBlank(row))
                .toList();
        FileUnits units = FileUnits.scan(dataRows, layout, roster);
        ImportPlanner planner = new ImportPlanner(layout, roster, units);
        List<ImportRow> rows = dataRows.stream().map(planner::planRow).toList();
        return new ImportPlan(rows, units.toCreate());
    }

    private ImportRow planRow(SourceRow row) {
        List<Violation> problems = new ArrayList<>(units.problemsOf(row.number()));
        checkCharacters(row, problems);
        String unitName = layout.value(row, RosterColumn.UNIT);
        long unitId = unitName == null ? NO_UNIT : units.idOf(unitName).orElse(NO_UNIT);
        if (unitName == null) {
            problems.add(Violation.of("unit", "validation.required"));
        } else {
            RosterLimits.checkLength(problems, "unit", unitName, RosterLimits.UNIT_NAME);
        }
        String name = layout.value(row, RosterColumn.NAME);
        Person existing = existingPerson(name, unitId, unitName, problems);
        List<Post> posts = layout.has(RosterColumn.POSTS)
                ? posts(layout.value(row, RosterColumn.POSTS), unitId, problems)
                : existing == null ? List.of() : existing.posts();
        Person draft = new Person(existing == null ? null : existing.id(), name, unitId,
                cell(row, RosterColumn.OFFICE_PHONE, existing, Person::officePhone),
                cell(row, RosterColumn.MOBILE, existing, Person::mobile),
                cell(row, RosterColumn.EMAIL, existing, Person::email),
                cell(row, RosterColumn.FAX, existing, Person::fax),
                cell(row, RosterColumn.NOTES, existing, Person::notes),
                posts, existing == null ? 0 : existing.version());
        ImportRow unitRow = unitOnlyRow(row, draft, unitName, problems);
        if (unitRow != null) {
            return unitRow;
        }
        problems.addAll(ContactRules.check(draft));
        checkRepeated(row.number(), name, unitName, problems);
        Person person = ContactRules.normalized(draft);
        RowAction action = existing == null ? RowAction.ADD
                : person.equals(existing) ? RowAction.UNCHANGED : RowAction.UPDATE;
        return new ImportRow(row.number(), person, unitName, action, rowProblems(row.number(), problems));
    }

    /** Control characters are refused, not dropped: they mean a damaged or hostile file (see {@link CellText}). */
    private void checkCharacters(SourceRow row, List<Violation> problems) {
        for (RosterColumn column : RosterColumn.values()) {
            int forbidden = CellText.firstForbidden(layout.value(row, column), column.multiLine());
            if (forbidden >= 0) {
                problems.add(Violation.of(column.field(), "importing.problem.controlChar",
                        CellText.codePointName(forbidden)));
            }
        }
    }

    /** A row with nothing but a unit (and its kind) names the unit; it carries no person to check. */
    private ImportRow unitOnlyRow(SourceRow row, Person draft, String unitName, List<Violation> problems) {
        ImportRow candidate = new ImportRow(row.number(), ContactRules.normalized(draft), unitName,
                draft.unitId() < 0 ? RowAction.ADD : RowAction.UNCHANGED, rowProblems(row.number(), problems));
        return candidate.namesUnitOnly() ? candidate : null;
    }

    /** The person already in the roster with this name in this unit; a problem when there are several. */
    private Person existingPerson(String name, long unitId, String unitName, List<Violation> problems) {
        if (name == null || unitId <= 0) {
            return null;
        }
        List<Person> matches = roster.peopleOf(unitId).stream().filter(p -> p.name().equals(name)).toList();
        if (matches.size() > 1) {
            problems.add(Violation.of("name", "rosterio.problem.ambiguousPerson", name, unitName, matches.size()));
            return null;
        }
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** The value in the file; when the file has no such column at all, the existing person's value stays. */
    private String cell(SourceRow row, RosterColumn column, Person existing, Function<Person, String> current) {
        if (layout.has(column) || existing == null) {
            return layout.value(row, column);
        }
        return current.apply(existing);
    }

    private List<Post> posts(String cell, long homeUnitId, List<Violation> problems) {
        List<Post> posts = new ArrayList<>();
        for (PostCell.PostText post : PostCell.parse(cell)) {
            long postUnit = homeUnitId;
            if (post.unitName() != null && !post.unitName().isEmpty()) {
                Optional<Long> id = units.idOf(post.unitName());
                if (id.isEmpty()) {
                    problems.add(Violation.of("posts", "rosterio.problem.unknownPostUnit", post.written(),
                            post.unitName()));
                }
                postUnit = id.orElse(NO_UNIT);
            }
            posts.add(new Post(postUnit, post.title()));
        }
        return posts;
    }

    /** The same person (same name, same unit) twice in one file: which row wins would be a guess. */
    private void checkRepeated(int rowNumber, String name, String unitName, List<Violation> problems) {
        if (name == null || unitName == null) {
            return;
        }
        Integer first = firstRowOfPerson.putIfAbsent(name + '\u0000' + unitName, rowNumber);
        if (first != null) {
            problems.add(Violation.of("name", "rosterio.problem.repeatedPerson", name, unitName, first));
        }
    }

    /** The row's problems in column order, the file's text in them made safe to show ({@link CellText#forMessage}). */
    private static List<RowProblem> rowProblems(int rowNumber, List<Violation> violations) {
        return violations.stream()
                .sorted(Comparator.comparingInt(v -> fieldRank(v.field())))
                .map(v -> new RowProblem(rowNumber, new Violation(v.field(), v.messageKey(), v.args().stream()
                        .map(arg -> arg instanceof String text ? CellText.forMessage(text) : arg).toList())))
                .toList();
    }

    private static int fieldRank(String field) {
        int rank = FIELD_ORDER.indexOf(field);
        return rank < 0 ? FIELD_ORDER.size() : rank;
    }
}
