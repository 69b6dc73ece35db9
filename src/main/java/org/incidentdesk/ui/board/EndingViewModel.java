package org.incidentdesk.ui.board;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.service.warning.IncidentEnding;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * Ending the shown incident: the question first ({@link #offerProperty()}, with the warnings in force it could lift),
 * then the end and the lifts the person chose, or nothing at all when they cancel.
 */
public final class EndingViewModel {
    private final IncidentEnding ending;
    private final TaskRunner tasks;
    private final Failures failures;
    private final Messages messages;
    private final Supplier<Incident> shown;
    private final Runnable afterwards;
    private final ReadOnlyObjectWrapper<EndOffer> offer = new ReadOnlyObjectWrapper<>();

    EndingViewModel(IncidentEnding ending, TaskRunner tasks, Failures failures, Messages messages,
                    Supplier<Incident> shown, Runnable afterwards) {
        this.ending = ending;
        this.tasks = tasks;
        this.failures = failures;
        this.messages = messages;
        this.shown = shown;
        this.afterwards = afterwards;
    }

    /** Reads the incident's warnings in force and asks (see {@link #offerProperty()}). */
    public void ask() {
        Incident incident = shown.get();
        if (incident == null) {
            return;
        }
        tasks.read(() -> ending.warningsInForce(incident.id()), inForce -> {
            Incident now = shown.get();
            if (now != null && now.id() == incident.id()) {
                offer.set(new EndOffer(incident.number() + "  " + incident.title(), inForce.stream()
                        .map(w -> new EndOffer.InForce(w.id(), messages.get("board.end.warning", w.number(),
                                w.levelId(), w.scope()))).toList()));
            }
        }, failure -> failures.show("board.action.phase", failure));
    }

    /** Ends the incident asked about and lifts the warnings {@code lift} for {@code reason}. */
    public void end(Collection<Long> lift, String reason) {
        Incident incident = shown.get();
        offer.set(null);
        if (incident == null) {
            return;
        }
        tasks.write(() -> ending.end(incident.id(), List.copyOf(lift), reason), done -> afterwards.run(),
                failure -> {
                    failures.show("board.action.phase", failure);
                    afterwards.run();
                });
    }

    /** The person decided not to end the incident: nothing changes. */
    public void cancel() {
        offer.set(null);
    }

    /** The question before an incident ends; null when none is asked. */
    public ReadOnlyObjectProperty<EndOffer> offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
