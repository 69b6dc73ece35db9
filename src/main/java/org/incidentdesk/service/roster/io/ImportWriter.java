package org.incidentdesk.service.roster.io;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;

/**
 * Writes a checked plan through one store session, so it commits or rolls back as a whole: first the new
 * units, then the people, each written to the audit log as an "import".
 */
final class ImportWriter {
    static final String AUDIT_ACTION = "import";

    private final StoreSession session;
    private final Stamp stamp;
    private final Map<Long, Long> unitIdsByPlaceholder = new HashMap<>();

    private ImportWriter(StoreSession session, Stamp stamp) {
        this.session = session;
        this.stamp = stamp;
    }

    /** {@code roster} is the roster the plan was made against, read in the same session. */
    static ImportResult write(ImportPlan plan, Roster roster, StoreSession session, Stamp stamp) {
        ImportWriter writer = new ImportWriter(session, stamp);
        writer.createUnits(plan.newUnits(), roster);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (ImportRow row : plan.rows()) {
            if (row.namesUnitOnly()) {
                continue;
            }
            switch (row.action()) {
                case ADD -> {
                    writer.add(row);
                    added++;
                }
                case UPDATE -> {
                    writer.update(row);
                    updated++;
                }
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportResult(added, updated, unchanged, plan.newUnits().size());
    }

    /**
     * New units go under the command when there is exactly one (in the roster or among the new units), else at
     * the top level; a new command is always top level. Commands are created first so they can be parents.
     */
    private void createUnits(List<ImportPlan.NewUnit> newUnits, Roster roster) {
        List<ImportPlan.NewUnit> commandsFirst = newUnits.stream()
                .sorted(Comparator.comparing(unit -> unit.kind() != UnitKind.COMMAND))
                .toList();
        List<Long> existingCommands = roster.units().stream()
                .filter(u -> u.kind() == UnitKind.COMMAND).map(OrgUnit::id).toList();
        long newCommands = newUnits.stream().filter(u -> u.kind() == UnitKind.COMMAND).count();
        boolean singleCommand = existingCommands.size() + newCommands == 1;
        Long command = singleCommand && existingCommands.size() == 1 ? existingCommands.get(0) : null;
        int nextSortOrder = roster.units().stream().mapToInt(OrgUnit::sortOrder).max().orElse(-1) + 1;
        Map<Long, Integer> sortOrderByPlaceholder = new HashMap<>();
        for (ImportPlan.NewUnit unit : newUnits) {
            sortOrderByPlaceholder.put(unit.placeholderId(), nextSortOrder++);
        }
        for (ImportPlan.NewUnit unit : commandsFirst) {
            boolean isCommand = unit.kind() == UnitKind.COMMAND;
            Long parent = isCommand || !singleCommand ? null : command;
            long id = session.roster().insertUnit(new OrgUnit(null, parent, unit.kind(), unit.name(), null,
                    sortOrderByPlaceholder.get(unit.placeholderId()), 0), stamp);
            unitIdsByPlaceholder.put(unit.placeholderId(), id);
            if (isCommand && singleCommand) {
                command = id;
            }
            session.audit().append(stamp, AUDIT_ACTION, "unit", id, FieldChange.set("name", unit.name()));
        }
    }

    private void add(ImportRow row) {
        Person person = withRealUnitIds(row.person());
        long id = session.roster().insertPerson(person, stamp);
        session.audit().append(stamp, AUDIT_ACTION, "person", id, changes(row));
    }

    private void update(ImportRow row) {
        Person person = withRealUnitIds(row.person());
        session.roster().updatePerson(person, stamp);
        session.audit().append(stamp, AUDIT_ACTION, "person", person.id(), changes(row));
    }

    private static List<FieldChange> changes(ImportRow row) {
        return List.of(FieldChange.set("name", row.person().name()), FieldChange.set("unit", row.unitName()));
    }

    private Person withRealUnitIds(Person person) {
        List<Post> posts = person.posts().stream().map(p -> new Post(realId(p.unitId()), p.title())).toList();
        return new Person(person.id(), person.name(), realId(person.unitId()), person.officePhone(), person.mobile(),
                person.email(), person.fax(), person.notes(), posts, person.version());
    }

    private long realId(long unitId) {
        return unitId < 0 ? unitIdsByPlaceholder.get(unitId) : unitId;
    }
}
