package org.incidentdesk.ui.board;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.escalation.DeadlineOverview;
import org.incidentdesk.service.escalation.DeadlineOverview.Standing;
import org.incidentdesk.ui.common.DueText;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * The 时限一览, for one incident (every deadline it has had) or for the office (what falls due in the next two
 * hours, and what is overdue): one line per deadline with the incident, the act in the plan's words, who owes it,
 * when due (and how long until, or how late), where it stands and when it was met.
 */
public final class DeadlineOverviewViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** One line as shown; {@code late} marks a deadline overdue or missed (shown red). */
    public record Line(long incidentId, String incident, String act, String owner, String due, String state,
                       String met, boolean late) {
    }

    private final DeadlineOverview overview;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");

    public DeadlineOverviewViewModel(DeadlineOverview overview, TaskRunner tasks, Failures failures,
                                     Messages messages, Clock clock, ZoneId zone) {
        this.overview = overview;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /** Loads the office's deadlines due within two hours (and the overdue ones); {@code then} runs once shown. */
    public void showOffice(Runnable then) {
        heading.set(messages.get("deadlines.office.heading",
                DeadlineOverview.OFFICE_HORIZON.toHours()));
        load(() -> overview.dueWithin(DeadlineOverview.OFFICE_HORIZON), "deadlines.office.none", then);
    }

    /** Loads every deadline of incident {@code incidentId} ({@code number} as shown); {@code then} runs once shown. */
    public void showIncident(long incidentId, String number, Runnable then) {
        heading.set(messages.get("deadlines.incident.heading", number));
        load(() -> overview.ofIncident(incidentId), "deadlines.incident.none", then);
    }

    private void load(java.util.concurrent.Callable<List<DeadlineOverview.Row>> read, String noneKey, Runnable then) {
        tasks.read(read, rows -> {
            Instant now = clock.instant();
            lines.setAll(rows.stream().map(r -> line(r, now)).toList());
            placeholder.set(messages.get(noneKey));
            then.run();
        }, failure -> failures.show("deadlines.title", failure));
    }

    /** What the list says when it has no line. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    Line line(DeadlineOverview.Row row, Instant now) {
        boolean open = row.standing() == Standing.DUE || row.standing() == Standing.OVERDUE;
        String due = TIME.format(row.due().atZone(zone))
                + (open ? "（" + DueText.relative(row.due(), now, messages) + "）" : "");
        String met = row.metAt() == null ? "" : TIME.format(row.metAt().atZone(zone))
                + (row.metBy() == null ? "" : " " + row.metBy());
        return new Line(row.incidentId(), row.incidentNumber() + " " + row.incidentTitle(),
                row.act() == null ? row.rule() : row.act(), row.owner(), due, messages.name(row.standing()), met,
                row.standing() == Standing.OVERDUE || row.standing() == Standing.MISSED);
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
