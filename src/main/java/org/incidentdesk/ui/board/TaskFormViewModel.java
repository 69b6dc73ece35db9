package org.incidentdesk.ui.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The form that gives a task to a unit: the unit, what to do, and the due time as a date and a clock time the
 * person sees. Choosing a unit puts the plan's due time into the date and time (with why) unless the person has
 * set their own; a refusal is shown under the form and every field keeps what was entered. Only a task given
 * clears the text and the due time (the unit stays, for the next task to the same unit).
 */
public final class TaskFormViewModel {
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** Reads "8:30" as well as "08:30". */
    private static final DateTimeFormatter TYPED_CLOCK = DateTimeFormatter.ofPattern("H:mm");

    private final IncidentService incidents;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Messages messages;
    private final ZoneId zone;
    private final LongSupplier incidentId;
    private final Runnable afterAssign;

    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final StringProperty dueTime = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dueReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The due time the plan last put into the fields; while they still hold it, a new unit may replace it. */
    private LocalDateTime suggested;

    TaskFormViewModel(IncidentService incidents, TaskRunner tasks, Failures failures, Messages messages, ZoneId zone,
                      LongSupplier incidentId, Runnable afterAssign) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.zone = zone;
        this.incidentId = incidentId;
        this.afterAssign = afterAssign;
        unit.addListener((o, previous, chosen) -> suggestDue(chosen));
    }

    /** Asks the plan for the chosen unit's due time in the background and offers it in the fields. */
    private void suggestDue(OrgUnit chosen) {
        dueReason.set("");
        long incident = incidentId.getAsLong();
        if (chosen == null || incident < 0) {
            return;
        }
        tasks.refresh("task-due", () -> incidents.suggestTaskDue(incident, chosen.id()), suggestion -> {
            if (incidentId.getAsLong() != incident || chosen != unit.get()) {
                return;
            }
            dueReason.set(suggestion.map(d -> messages.get("board.task.suggested." + d.basis().name(), d.ruleText()))
                    .orElse(messages.get("board.task.suggested.none")));
            LocalDateTime held = heldDue();
            boolean empty = dueDate.get() == null && dueTime.get().isBlank();
            boolean personsOwn = !empty && (held == null || !held.equals(suggested));
            if (!personsOwn) {
                suggested = suggestion.map(d -> LocalDateTime.ofInstant(d.dueAt(), zone).withSecond(0).withNano(0))
                        .orElse(null);
                showDue(suggested);
            }
        }, failure -> problem.set(failures.describe(failure)));
    }

    private void showDue(LocalDateTime due) {
        dueDate.set(due == null ? null : due.toLocalDate());
        dueTime.set(due == null ? "" : CLOCK.format(due));
    }

    /** What the date and time fields hold, or null when either is empty or the time does not read. */
    private LocalDateTime heldDue() {
        if (dueDate.get() == null || dueTime.get() == null || dueTime.get().isBlank()) {
            return null;
        }
        try {
            return dueDate.get().atTime(LocalTime.parse(dueTime.get().strip(), TYPED_CLOCK));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Gives the task; on a refusal the fields keep what was entered and the reason is shown. */
    public void assign() {
        long incident = incidentId.getAsLong();
        if (incident < 0) {
            return;
        }
        problem.set("");
        OrgUnit chosen = unit.get();
        String text = description.get();
        LocalDate date = dueDate.get();
        String time = dueTime.get() == null ? "" : dueTime.get().strip();
        tasks.write(() -> {
            if (chosen == null) {
                throw new ValidationException(List.of(Violation.of("task.unit", "validation.required")));
            }
            return incidents.assignTask(incident, chosen.id(), text, due(date, time));
        }, done -> {
            description.set("");
            suggested = null;
            showDue(null);
            dueReason.set("");
            afterAssign.run();
        }, failure -> problem.set(failures.describe(failure)));
    }

    /** The due instant of a date and a clock time; both empty: none; one without the other or a bad time: refused. */
    private java.time.Instant due(LocalDate date, String time) {
        if (date == null && time.isEmpty()) {
            return null;
        }
        if (date == null) {
            throw new ValidationException(List.of(Violation.of("task.due", "board.task.dueDateMissing")));
        }
        if (time.isEmpty()) {
            throw new ValidationException(List.of(Violation.of("task.due", "board.task.dueClockMissing")));
        }
        LocalTime clock;
        try {
            clock = LocalTime.parse(time, TYPED_CLOCK);
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(Violation.of("task.due", "board.task.badClock", time)));
        }
        return date.atTime(clock).atZone(zone).toInstant();
    }

    /** Clears what a previous incident's form held (the unit list stays). */
    void reset() {
        unit.set(null);
        description.set("");
        suggested = null;
        showDue(null);
        dueReason.set("");
        problem.set("");
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    /** The clock time of the due time, "08:30". */
    public StringProperty dueTimeProperty() {
        return dueTime;
    }

    /** Why the due time is what the plan suggests, in words; blank before a unit is chosen. */
    public ReadOnlyStringProperty dueReasonProperty() {
        return dueReason.getReadOnlyProperty();
    }

    /** Why the last try was refused; blank when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
