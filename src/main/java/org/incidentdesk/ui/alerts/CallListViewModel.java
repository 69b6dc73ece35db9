package org.incidentdesk.ui.alerts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.CallAttempt;
import org.incidentdesk.domain.escalation.CallOutcome;
import org.incidentdesk.service.escalation.CallList;
import org.incidentdesk.service.escalation.CallListService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The call list of one overdue deadline: one row per person to phone (a role the roster has nobody for is a row
 * without a person), the calls logged so far, and the form that logs the next one — the person chosen in the
 * list, the number dialled, what came of it and a note.
 */
public final class CallListViewModel {
    /** A person to phone as a role; {@code personName} null when the roster has nobody for the role. */
    public record CallRow(String roleId, String roleName, CallList.Reason reason, Long personId, String personName,
                          String mobile, String officePhone) {
        public boolean hasPerson() {
            return personName != null;
        }

        /** The numbers to choose from, mobile first; empty when the roster has none. */
        public List<String> numbers() {
            List<String> numbers = new ArrayList<>();
            if (mobile != null && !mobile.isBlank()) {
                numbers.add(mobile);
            }
            if (officePhone != null && !officePhone.isBlank()) {
                numbers.add(officePhone);
            }
            return numbers;
        }
    }

    private final CallListService calls;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final long deadlineId;
    private final Failures failures;
    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CallAttempt> attempts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObjectProperty<CallRow> selected = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty();
    private final ObjectProperty<CallOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Map<String, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());

    public CallListViewModel(CallListService calls, TaskRunner tasks, DialogService dialogs, Messages messages,
                             ZoneId zone, long deadlineId) {
        this.calls = calls;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.deadlineId = deadlineId;
        this.failures = new Failures(messages, dialogs, "alerts.stale");
        selected.addListener((obs, old, row) -> {
            List<String> numbers = row == null ? List.of() : row.numbers();
            phone.set(numbers.isEmpty() ? null : numbers.getFirst());
        });
    }

    /** Reads the call list in the background. */
    public void load() {
        load(() -> { });
    }

    /** Reads the call list in the background, then runs {@code then} (the dialog shows once it has its rows). */
    public void load(Runnable then) {
        tasks.read(() -> calls.callList(deadlineId), list -> {
            apply(list);
            then.run();
        }, failure -> failures.show("alerts.calls.title", failure));
    }

    private void apply(CallList list) {
        heading.set(messages.get("alerts.calls.heading", list.incidentNumber(), list.incidentTitle(), list.rule(),
                list.actionText()));
        List<CallRow> flat = new ArrayList<>();
        for (CallList.Callee callee : list.callees()) {
            if (callee.people().isEmpty()) {
                flat.add(new CallRow(callee.roleId(), callee.roleName(), callee.reason(), null, null, null, null));
            }
            callee.people().forEach(p -> flat.add(new CallRow(callee.roleId(), callee.roleName(), callee.reason(),
                    p.personId(), p.name(), p.mobile(), p.officePhone())));
        }
        rows.setAll(flat);
        attempts.setAll(list.attempts());
    }

    /** Logs the call to the chosen person; the note is cleared for the next call once it is stored. */
    public void logCall() {
        CallRow row = selected.get();
        if (row == null || !row.hasPerson()) {
            problems.set(Map.of("call.person", messages.get("alerts.calls.choosePerson")));
            return;
        }
        CallOutcome result = outcome.get();
        String dialled = phone.get();
        String text = note.get();
        tasks.write(() -> calls.logCall(deadlineId, row.roleId(), row.personId(), row.personName(), dialled, result,
                text), logged -> {
                    problems.set(Map.of());
                    note.set("");
                    outcome.set(null);
                    attempts.add(logged);
                }, failure -> failures.toForm(failure, problems::set));
    }

    // ---- what the view shows

    public String reasonText(CallRow row) {
        return messages.get("alerts.calls.reason." + row.reason().name());
    }

    public String attemptText(CallAttempt call) {
        String note = call.note() == null ? "" : messages.get("alerts.calls.attemptNote", call.note());
        return messages.get("alerts.calls.attempt", AlertTimes.time(call.calledAt(), zone), call.personName(),
                call.phone() == null ? "—" : call.phone(), messages.name(call.outcome()), call.calledBy(), note);
    }

    public ObservableList<CallRow> rows() {
        return rows;
    }

    public ObservableList<CallAttempt> attempts() {
        return attempts;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObjectProperty<CallRow> selectedProperty() {
        return selected;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<CallOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Problems of the last attempt to log, by field ({@code call.person}, {@code call.note}, …). */
    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
