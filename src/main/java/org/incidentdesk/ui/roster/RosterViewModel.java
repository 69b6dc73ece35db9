package org.incidentdesk.ui.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.incidentdesk.domain.event.PersonDeleted;
import org.incidentdesk.domain.event.PersonSaved;
import org.incidentdesk.domain.event.RosterEvent;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.StandardPosts;
import org.incidentdesk.service.roster.PersonAndShifts;
import org.incidentdesk.service.roster.PersonSearch;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.roster.io.RosterExportService;
import org.incidentdesk.service.roster.io.RosterImportService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The contact roster's state and commands: the unit tree, the people table filtered as you type (with "on duty
 * now" marks that follow the clock), and every change run through the service off the JavaFX thread. The duty
 * table ({@link DutyViewModel}), the 24-hour response duty ({@link ResponseDutyViewModel}) and import/export
 * ({@link RosterTransferViewModel}) are ViewModels of their own that this one feeds.
 */
public final class RosterViewModel implements ViewModelWorkspace.Activatable {
    public static final String TAB_PEOPLE = "tab-people";
    public static final String TAB_DUTY = "tab-duty";

    private final RosterService service;
    private final RosterTransferViewModel transfer;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final FxEvents events;
    private final FxAlarms alarms;
    private final Failures failures;
    private final DutyViewModel duty;
    private final ResponseDutyViewModel responseDuty;
    private final PersonDeletes deletes;

    private final ReadOnlyObjectWrapper<Roster> roster = new ReadOnlyObjectWrapper<>(new Roster(List.of(), List.of(), List.of()));
    private final ObservableList<OrgUnit> units = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> visiblePeople = new FilteredList<>(people);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<OrgUnit> unitFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> lastSavedPersonId = new ReadOnlyObjectWrapper<>();
    private final StringProperty openTab = new SimpleStringProperty(TAB_PEOPLE);
    private PersonSearch search = PersonSearch.index(new Roster(List.of(), List.of(), List.of()));
    private Runnable unsubscribe;
    private Runnable disarm = () -> { };
    private boolean wholeReloadPending;

    public RosterViewModel(RosterService service, RosterImportService importer, RosterExportService exporter,
                           TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock, ZoneId zone,
                           FxEvents events, FxAlarms alarms) {
        this.service = service;
        this.failures = new Failures(messages, dialogs, "validation.stale");
        this.transfer = new RosterTransferViewModel(importer, exporter, tasks, dialogs, messages, this::showFailure,
                roster::get);
        this.alarms = alarms;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.events = events;
        this.duty = new DutyViewModel(service, tasks, dialogs, messages, clock, zone, this::showFailure, this::toForm,
                (personId, q) -> search.matches(personId, q));
        this.deletes = new PersonDeletes(service, tasks, dialogs, messages, this::showFailure);
        this.responseDuty = new ResponseDutyViewModel(service, tasks, dialogs, messages, clock, this::showFailure,
                () -> duty.onDutyOnlyProperty().set(true));
        query.addListener((obs, old, q) -> applyFilters());
        unitFilter.addListener((obs, old, u) -> applyFilters());
    }

    // ---- lifecycle

    @Override
    public void activate() {
        if (unsubscribe == null) {
            unsubscribe = events.subscribe(RosterEvent.class, this::follow);
        }
        refresh();
    }

    @Override
    public void deactivate() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        disarm.run();
        disarm = () -> { };
    }

    /**
     * A person's change reloads that person only; a delete needs no reload; anything else reloads the roster.
     * While a whole reload is on its way it may have read before the change, so a newer one replaces it.
     */
    private void follow(RosterEvent event) {
        if (wholeReloadPending) {
            refresh();
            return;
        }
        switch (event) {
            case PersonSaved saved -> tasks.refresh("roster-person-" + saved.personId(),
                    () -> service.person(saved.personId()),
                    found -> found.ifPresentOrElse(this::replacePerson, this::refresh), this::showFailure);
            case PersonDeleted deleted -> showRoster(without(roster.get(), deleted.personId()));
            default -> refresh();
        }
    }

    private void replacePerson(PersonAndShifts changed) {
        Roster current = without(roster.get(), changed.person().id());
        List<Person> people = new ArrayList<>(current.people());
        people.add(changed.person());
        people.sort(Comparator.comparing(p -> rosterOrder(p.id())));
        List<DutyShift> shifts = new ArrayList<>(current.shifts());
        shifts.addAll(changed.shifts());
        showRoster(new Roster(current.units(), people, shifts));
    }

    /** Keeps a changed person where the list showed them; a new one goes last, as a reload would put them. */
    private long rosterOrder(long personId) {
        List<Person> shown = roster.get().people();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == personId) {
                return i;
            }
        }
        return Long.MAX_VALUE;
    }

    private static Roster without(Roster r, long personId) {
        return new Roster(r.units(), r.people().stream().filter(p -> p.id() != personId).toList(),
                r.shifts().stream().filter(s -> s.personId() != personId).toList());
    }

    private void showRoster(Roster r) {
        show(new Loaded(r, PersonSearch.index(r)));
    }

    /** Loads the roster for display; a reload asked for while one runs replaces it. */
    public void refresh() {
        wholeReloadPending = true;
        tasks.refresh("roster", () -> {
            Roster loaded = service.load();
            return new Loaded(loaded, PersonSearch.index(loaded));
        }, loaded -> {
            wholeReloadPending = false;
            show(loaded);
        }, failure -> {
            wholeReloadPending = false;
            showFailure(failure);
        });
    }

    private record Loaded(Roster roster, PersonSearch search) {
    }

    private void show(Loaded loaded) {
        Roster r = loaded.roster();
        search = loaded.search();
        roster.set(r);
        OrgUnit filter = unitFilter.get();
        units.setAll(r.units());
        if (filter != null) {
            unitFilter.set(r.unitsById().get(filter.id()));
        }
        showAt(clock.instant());
    }

    /**
     * Marks who is on duty at {@code now} and arms a wake-up at the next shift start or end, where the marks
     * change: "on duty now" follows the clock while the roster is shown.
     */
    private void showAt(Instant now) {
        Roster r = roster.get();
        Map<Long, OrgUnit> byId = r.unitsById();
        var onDutyIds = r.onDutyAt(now).stream().map(DutyShift::personId).collect(Collectors.toSet());
        people.setAll(r.people().stream().map(p -> new PersonRow(p, unitName(byId, p.unitId()),
                describePosts(byId, p), onDutyIds.contains(p.id()))).toList());
        duty.show(r, byId, now);
        applyFilters();
        disarm.run();
        disarm = nextShiftBoundary(r, now)
                .map(at -> alarms.at("roster: on duty from the next shift boundary", at, () -> showAt(clock.instant())))
                .orElse(() -> { });
    }

    private static Optional<Instant> nextShiftBoundary(Roster r, Instant now) {
        return r.shifts().stream().flatMap(s -> Stream.of(s.startsAt(), s.endsAt()))
                .filter(now::isBefore).min(Instant::compareTo);
    }

    private static String unitName(Map<Long, OrgUnit> byId, long unitId) {
        OrgUnit unit = byId.get(unitId);
        return unit == null ? "?" : unit.name();
    }

    /** "总指挥（县指挥部）；联络员" — posts in other units name the unit. */
    private String describePosts(Map<Long, OrgUnit> byId, Person p) {
        return p.posts().stream()
                .map(post -> post.unitId() == p.unitId() ? post.title()
                        : messages.get("common.withNote", post.title(), unitName(byId, post.unitId())))
                .collect(Collectors.joining(messages.get("common.listSeparator")));
    }

    private void applyFilters() {
        OrgUnit unit = unitFilter.get();
        String q = query.get();
        // a unit selected in the tree stands for itself and every unit under it (a 成员单位's 工作组 too)
        Set<Long> within = new HashSet<>();
        if (unit != null) {
            within.add(unit.id());
            within.addAll(roster.get().descendantsOf(unit.id()));
        }
        visiblePeople.setPredicate(row -> (unit == null || within.contains(row.person().unitId())
                || row.person().posts().stream().anyMatch(post -> within.contains(post.unitId())))
                && search.matches(row.id(), q));
        summary.set(messages.get("roster.summary", visiblePeople.size(), people.size()));
    }

    // ---- people

    public void savePerson(Person draft, Runnable onSaved, Consumer<Map<String, String>> onProblems) {
        tasks.write(() -> service.savePerson(draft), saved -> {
            lastSavedPersonId.set(saved.id());
            onSaved.run();
            dialogs.notify(messages.get("roster.notice.saved", saved.name()), null, null);
        }, failure -> toForm(failure, onProblems));
    }

    /** Deleting people, each delete undoable (latest first) from the notice or with Ctrl+Z. */
    public PersonDeletes deletes() {
        return deletes;
    }

    // ---- units

    public void saveUnit(OrgUnit draft, Runnable onSaved, Consumer<Map<String, String>> onProblems) {
        tasks.write(() -> service.saveUnit(draft), saved -> onSaved.run(), failure -> toForm(failure, onProblems));
    }

    public void deleteUnit(OrgUnit unit) {
        if (unit == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("roster.delete.title"), messages.get("roster.delete.unit", unit.name()),
                messages.get("common.delete"))) {
            return;
        }
        tasks.write(() -> {
            service.deleteUnit(unit);
            return unit;
        }, deleted -> {
            unitFilter.set(null);
            dialogs.notify(messages.get("roster.notice.unitDeleted", unit.name()), null, null);
        }, this::showFailure);
    }

    /** The unit's 分管负责同志 and liaison, for the unit detail pane. */
    public String holdersOf(OrgUnit unit, String title) {
        return roster.get().holders(unit.id(), title).stream().map(Person::name)
                .collect(Collectors.joining(messages.get("common.listSeparator")));
    }

    public String leadOf(OrgUnit unit) {
        return holdersOf(unit, StandardPosts.UNIT_LEAD);
    }

    public String liaisonOf(OrgUnit unit) {
        return holdersOf(unit, StandardPosts.LIAISON);
    }

    // ---- the ViewModels this one feeds: duty, response duty, import and export

    /** The 值班表: its shifts, the "on duty now only" filter, shift edits. */
    public DutyViewModel duty() {
        return duty;
    }

    /** Starting and ending the 24-hour response duty. */
    public ResponseDutyViewModel responseDuty() {
        return responseDuty;
    }

    /** Import (with its preview) and export of roster files. */
    public RosterTransferViewModel transfer() {
        return transfer;
    }

    /** Field → message, in the order found; several messages for one field are joined. */
    public Map<String, String> describe(List<Violation> violations) {
        return failures.byField(violations);
    }

    /** A stale save also reloads, so the user sees what the other workstation stored. */
    void showFailure(Throwable failure) {
        failures.show(failure);
        if (failure instanceof StaleDataException) {
            refresh();
        }
    }

    /** A form's save failed: field problems go back to the form; a stale save also reloads. */
    private void toForm(Throwable failure, Consumer<Map<String, String>> onProblems) {
        failures.toForm(failure, onProblems);
        if (failure instanceof StaleDataException) {
            refresh();
        }
    }

    // ---- properties

    /** The person saved last, so the table can select them once the roster has reloaded. */
    public ReadOnlyObjectProperty<Long> lastSavedPersonIdProperty() {
        return lastSavedPersonId.getReadOnlyProperty();
    }

    /** Which tab is open: {@link #TAB_PEOPLE} or {@link #TAB_DUTY}. */
    public StringProperty openTabProperty() {
        return openTab;
    }

    public ReadOnlyObjectProperty<Roster> rosterProperty() {
        return roster.getReadOnlyProperty();
    }

    public ObservableList<OrgUnit> units() {
        return units;
    }

    /** The units as the tree shows them. */
    public UnitTree unitTree() {
        return UnitTree.of(units);
    }

    public ObservableList<PersonRow> visiblePeople() {
        return visiblePeople;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<OrgUnit> unitFilterProperty() {
        return unitFilter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }

}
