package org.incidentdesk.ui.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The roster's 值班表: the shifts as rows (who, unit, numbers, period, kind, on duty now), the "on duty now only"
 * filter, and adding, changing and deleting a shift. The roster's ViewModel hands it each roster read and each
 * moment "now" moves to.
 */
public final class DutyViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final RosterService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Consumer<Throwable> showFailure;
    private final BiConsumer<Throwable, Consumer<Map<String, String>>> toForm;
    private final BiPredicate<Long, String> personMatches;
    private final ObservableList<ShiftRow> shifts = FXCollections.observableArrayList();
    private final FilteredList<ShiftRow> visibleShifts = new FilteredList<>(shifts);
    private final BooleanProperty onDutyOnly = new SimpleBooleanProperty(false);

    DutyViewModel(RosterService service, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock,
                  ZoneId zone, Consumer<Throwable> showFailure, BiConsumer<Throwable, Consumer<Map<String, String>>> toForm,
                  BiPredicate<Long, String> personMatches) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.showFailure = showFailure;
        this.toForm = toForm;
        this.personMatches = personMatches;
        onDutyOnly.addListener((obs, old, only) -> applyFilter());
    }

    /** Shows the roster's shifts as they stand at {@code now}. */
    void show(Roster r, Map<Long, OrgUnit> byId, Instant now) {
        shifts.setAll(r.shifts().stream().map(s -> row(r, byId, s, now)).toList());
        applyFilter();
    }

    private ShiftRow row(Roster r, Map<Long, OrgUnit> byId, DutyShift s, Instant now) {
        Person person = r.person(s.personId()).orElse(null);
        String from = TIME.format(s.startsAt().atZone(zone));
        String to = TIME.format(s.endsAt().atZone(zone));
        OrgUnit unit = byId.get(s.unitId());
        return new ShiftRow(s, unit == null ? "?" : unit.name(), person == null ? "?" : person.name(),
                person == null || person.mobile() == null ? "" : person.mobile(),
                person == null || person.officePhone() == null ? "" : person.officePhone(), from, to,
                messages.get("roster.duty.period", from, to), messages.get("roster.duty.kindShort." + s.kind().name()),
                s.covers(now));
    }

    private void applyFilter() {
        boolean only = onDutyOnly.get();
        visibleShifts.setPredicate(row -> !only || row.current());
    }

    /** Adds the shift, or changes it when it has an id. */
    public void saveShift(DutyShift draft, Runnable onSaved, Consumer<Map<String, String>> onProblems) {
        tasks.write(() -> service.saveShift(draft), saved -> onSaved.run(), failure -> toForm.accept(failure, onProblems));
    }

    public void deleteShift(ShiftRow row) {
        if (row == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("roster.delete.title"),
                messages.get("roster.delete.shift", row.personName(), row.from(), row.to()), messages.get("common.delete"))) {
            return;
        }
        tasks.write(() -> {
            service.deleteShift(row.shift());
            return row;
        }, deleted -> { }, showFailure);
    }

    /** A day's regular shift from now for the person, to be edited before it is saved. */
    public DutyShift newShiftDraft(long unitId, long personId) {
        Instant start = clock.instant();
        return new DutyShift(null, unitId, personId, start, start.plusSeconds(24 * 3600), DutyKind.REGULAR, null, 0);
    }

    /** Whether the person matches a query typed as in the roster's search box (name, pinyin, unit, phone). */
    public boolean personMatches(long personId, String query) {
        return personMatches.test(personId, query);
    }

    public ObservableList<ShiftRow> visibleShifts() {
        return visibleShifts;
    }

    /** Only the shifts running now (Ctrl+D, and after the 24-hour response duty starts). */
    public BooleanProperty onDutyOnlyProperty() {
        return onDutyOnly;
    }

    List<ShiftRow> allShifts() {
        return shifts;
    }
}
